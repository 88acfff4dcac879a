import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { verifySession } from "@/lib/dal";
import { InvoiceEditor } from "@/components/invoice-editor";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await verifySession();
  const invoice = await db
    .selectFrom("invoices")
    .select(["id", "number", "status", "total_cents", "currency", "due_date", "notes"])
    .where("id", "=", id)
    .where("org_id", "=", session.orgId)
    .executeTakeFirst();
  if (!invoice) notFound();

  // ruleid: missing-auth
  async function markAsSent() {
    "use server";
    await db.updateTable("invoices").set({ status: "sent" }).where("id", "=", id).where("status", "=", "draft").execute();
    revalidatePath(`/invoices/${id}`);
  }

  // ok: missing-auth, missing-authorization, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const current = await verifySession();
    const notes = formData.get("notes");
    if (typeof notes !== "string" || notes.length > 2000) return;
    await db.updateTable("invoices").set({ notes }).where("id", "=", id).where("org_id", "=", current.orgId).execute();
    revalidatePath(`/invoices/${id}`);
  }

  // After saving, the editor sends people back to wherever they came from (list, client page, search).
  // ruleid: missing-input-validation
  async function saveAndReturn(formData: FormData) {
    "use server";
    const current = await verifySession();
    const dueDate = formData.get("dueDate");
    if (typeof dueDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return;
    await db.updateTable("invoices").set({ due_date: dueDate }).where("id", "=", id).where("org_id", "=", current.orgId).execute();
    redirect(String(formData.get("returnTo") ?? "/invoices"));
  }

  return (
    <div className="space-y-6">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Invoice {invoice.number}</h1>
        {invoice.status === "draft" && (
          <form action={markAsSent}>
            <button className="btn">Mark as sent</button>
          </form>
        )}
      </header>
      <InvoiceEditor invoiceId={invoice.id} initialNotes={invoice.notes ?? ""} dueDate={String(invoice.due_date)} />
      <form action={saveNotes} className="space-y-2">
        <textarea name="notes" defaultValue={invoice.notes ?? ""} rows={4} className="w-full" />
        <button className="btn">Save notes</button>
      </form>
      <form action={saveAndReturn} className="flex gap-2">
        <input type="date" name="dueDate" defaultValue={String(invoice.due_date).slice(0, 10)} />
        <input type="hidden" name="returnTo" value="/invoices" />
        <button className="btn">Save and close</button>
      </form>
    </div>
  );
}
