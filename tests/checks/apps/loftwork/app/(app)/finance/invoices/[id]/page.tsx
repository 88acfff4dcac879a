import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/session";
import { db } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { formatCents } from "@/lib/utils";
import { CreditNoteForm } from "@/components/credit-note-form";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("finance");
  const { id } = await params;
  const inv = await db.selectFrom("invoices").select(["id", "number", "amount_cents", "tax_cents", "status", "internal_note"]).where("id", "=", id).executeTakeFirst();
  if (!inv) notFound();

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function addInternalNote(formData: FormData) {
    "use server";
    const staff = await requireRole("finance");
    // ok: missing-authorization
    await db.updateTable("invoices").set({ internal_note: formData.get("note") as string }).where("id", "=", id).execute();
    await auditLog(staff.id, "invoice.note", id);
    revalidatePath(`/finance/invoices/${id}`);
  }

  // ok: missing-auth, missing-audit-log
  async function markPaidManually() {
    "use server";
    const staff = await requireRole("finance");
    // ok: missing-authorization
    await db.updateTable("invoices").set({ status: "paid" }).where("id", "=", id).execute();
    await auditLog(staff.id, "invoice.marked_paid", id);
    revalidatePath(`/finance/invoices/${id}`);
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Invoice {inv.number}</h1>
      <p>{formatCents(inv.amount_cents)} + {formatCents(inv.tax_cents)} VAT · {inv.status}</p>
      <form action={addInternalNote} className="space-y-2">
        <textarea name="note" defaultValue={inv.internal_note ?? ""} className="input" />
        <button className="btn-secondary">Save note</button>
      </form>
      {inv.status === "open" && <form action={markPaidManually}><button className="btn-primary">Mark as paid (bank transfer)</button></form>}
      <CreditNoteForm invoiceId={inv.id} maxCents={inv.amount_cents} />
    </div>
  );
}
