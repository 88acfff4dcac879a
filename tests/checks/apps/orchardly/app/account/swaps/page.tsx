import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { swaps, subscriptions } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";
import { withdrawSwap } from "@/app/actions/swaps";

export default async function MySwapsPage() {
  const me = await getCurrentMember();
  const rows = await db.select({ id: swaps.id, week: swaps.week, removeItem: swaps.removeItem, addItem: swaps.addItem, status: swaps.status }).from(swaps).innerJoin(subscriptions, eq(subscriptions.id, swaps.subscriptionId)).where(eq(subscriptions.memberId, me.id)).orderBy(desc(swaps.week));
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">My swaps</h1>
      <ul className="divide-y">
        {rows.map((s) => (
          <li key={s.id} className="flex justify-between py-2">
            <span>{s.week}: {s.removeItem} → {s.addItem} ({s.status})</span>
            <form action={withdrawSwap}><input type="hidden" name="swapId" value={s.id} /><button className="btn-sm">Withdraw</button></form>
          </li>
        ))}
      </ul>
    </main>
  );
}
