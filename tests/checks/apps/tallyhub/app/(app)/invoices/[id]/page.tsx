import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { invoiceNotes, invoices } from "@/db/schema";
import { verifySession } from "@/lib/dal";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { userId } = await verifySession();
  const { id } = await params;
  const invoice = await db.query.invoices.findFirst({
    where: and(eq(invoices.id, id), eq(invoices.createdBy, userId)),
    columns: { id: true, number: true, amountCents: true, status: true },
  });
  if (!invoice) notFound();

  // The page checked the session at render time; the action itself is a separate endpoint.
  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    const body = String(formData.get("note") ?? "");
    await db.insert(invoiceNotes).values({ invoiceId: id, body });
    revalidatePath(`/invoices/${id}`);
  }

  return (
    <main>
      <h1>Invoice {invoice.number}</h1>
      <p>{(invoice.amountCents / 100).toFixed(2)}</p>
      <form action={addNote}>
        <textarea name="note" />
        <button type="submit">Add note</button>
      </form>
    </main>
  );
}
