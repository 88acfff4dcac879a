import Link from "next/link";
import { requireRole } from "@/lib/session";
import { db } from "@/lib/db";
import { formatCents } from "@/lib/utils";

export default async function InvoicesPage() {
  await requireRole("finance");
  const invoices = await db.selectFrom("invoices").select(["id", "number", "amount_cents", "status", "issued_at"]).orderBy("issued_at", "desc").limit(100).execute();
  return (
    <div>
      <h1 className="text-2xl font-semibold mb-4">Invoices</h1>
      <table className="w-full">
        <tbody>
          {invoices.map((i) => (
            <tr key={i.id}>
              <td><Link href={`/finance/invoices/${i.id}`}>{i.number}</Link></td>
              <td>{formatCents(i.amount_cents)}</td>
              <td>{i.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <a href="/api/legacy/invoices-export" className="btn-ghost">Legacy CSV export</a>
    </div>
  );
}
