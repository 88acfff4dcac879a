import Link from "next/link";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { UsageChart } from "@/components/UsageChart";

export default async function Dashboard() {
  const user = await verifySession();
  const [memberships, bills] = await Promise.all([
    prisma.membership.findMany({ where: { userId: user.id }, select: { coopId: true, role: true, shareUnits: true, coop: { select: { name: true } } } }),
    prisma.bill.findMany({ where: { memberId: user.id }, select: { id: true, period: true, amountCents: true, creditCents: true }, take: 6, orderBy: { period: "desc" } }),
  ]);
  return (
    <main className="grid gap-6">
      <section>
        <h2>Your co-ops</h2>
        {memberships.map((m) => (
          <Link key={m.coopId} href={`/coop/${m.coopId}`}>
            {m.coop.name} — {m.shareUnits} units ({m.role.toLowerCase()})
          </Link>
        ))}
      </section>
      <section>
        <h2>Recent bills</h2>
        <ul>
          {bills.map((b) => (
            <li key={b.id}>
              {b.period}: €{((b.amountCents - b.creditCents) / 100).toFixed(2)}
            </li>
          ))}
        </ul>
      </section>
      <UsageChart meterId="primary" />
    </main>
  );
}
