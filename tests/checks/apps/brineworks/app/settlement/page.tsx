import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { settlements } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { PayButton } from "@/components/PayButton";

export default async function SettlementPage() {
  // ok: floating-auth-check
  const session = await verifySession();
  const rows = await db
    .select({ id: settlements.id, amount: settlements.amount, fee: settlements.fee, status: settlements.status })
    .from(settlements)
    .where(eq(settlements.buyerId, session.userId))
    .orderBy(desc(settlements.id));
  return (
    <table>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td>{s.amount}</td><td>{s.fee}</td><td>{s.status}</td>
            <td>{s.status === "pending" ? <PayButton settlementId={s.id} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
