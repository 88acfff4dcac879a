import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { payInvoice } from "@/app/actions/invoices";

export default async function InvoicesPage() {
  const session = await verifySession();
  const invoices = await prisma.invoice.findMany({ where: { ownerId: session.ownerId }, select: { id: true, amount: true, status: true } });
  return (
    <ul>
      {invoices.map((i) => (
        <li key={i.id}>
          £{(i.amount / 100).toFixed(2)} — {i.status}
          {i.status === "open" && (
            <form action={payInvoice.bind(null, i.id)}>
              <button>Pay</button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
