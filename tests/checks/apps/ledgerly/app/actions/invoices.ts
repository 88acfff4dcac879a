"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { create, object, string } from "superstruct";
import { db } from "@/lib/db/kysely";
import { verifySession } from "@/lib/dal";
import { withUser } from "@/lib/safe-action";
import { assertClientInOrg, canEditInvoice, isOrgAdmin } from "@/lib/authz";
import { sendMail } from "@/lib/mailer";
import { searchIndex, indexDocument } from "@/lib/search";
import { UUID_RE } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";

const lineSchema = z.object({
  description: z.string().min(1).max(300),
  quantity: z.number().positive(),
  unit_price_cents: z.number().int().nonnegative(),
});

const newInvoiceSchema = z.object({
  client_id: z.string().uuid(),
  currency: z.enum(["USD", "EUR", "GBP", "CAD"]),
  due_date: z.coerce.date(),
  notes: z.string().max(2000).nullable().default(null),
  lines: z.array(lineSchema).min(1).max(100),
});

// ok: missing-auth, missing-authorization, missing-input-validation
export const createInvoice = withUser(async (user, raw: unknown) => {
  const parsed = newInvoiceSchema.safeParse(raw);
  // ok: information-disclosure
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors };
  const { lines, ...header } = parsed.data;
  // ok: floating-auth-check
  await assertClientInOrg(header.client_id, user.orgId);

  const total = lines.reduce((sum, l) => sum + Math.round(l.quantity * l.unit_price_cents), 0);
  const number = `INV-${Date.now().toString(36).toUpperCase()}`;
  // ok: mass-assignment
  const row = await db.insertInto("invoices").values({ ...header, org_id: user.orgId, created_by: user.id, number, status: "draft", total_cents: total }).returning("id").executeTakeFirstOrThrow();
  await indexDocument(user.orgId, row.id, "invoice", number, header.notes ?? "");
  revalidatePath("/invoices");
  return { id: row.id };
});

const invoiceEdit = z.object({ id: z.string().uuid(), notes: z.string().max(2000), dueDate: z.coerce.date() });

export const updateInvoice = withUser(async (user, input: z.infer<typeof invoiceEdit>) => {
  const { id, notes, dueDate } = invoiceEdit.parse(input);
  // ruleid: missing-authorization
  await db.updateTable("invoices").set({ notes, due_date: dueDate }).where("id", "=", id).where("status", "=", "draft").execute();
  revalidatePath(`/invoices/${id}`);
  return { ok: true, editedBy: user.id };
});

export async function deleteInvoice(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  // ruleid: floating-auth-check
  if (!canEditInvoice(session.orgId, id)) throw new Error("You can't delete this invoice.");
  // ruleid: missing-authorization
  await db.deleteFrom("invoices").where("id", "=", id).execute();
  revalidatePath("/invoices");
}

// ok: missing-authorization
export const voidInvoice = withUser(async (user, invoiceId: string) => {
  const id = z.string().uuid().parse(invoiceId);
  // ruleid: floating-auth-check
  if (!isOrgAdmin(user.id, user.orgId)) throw new Error("Only admins can void invoices.");
  await db.updateTable("invoices").set({ status: "void" }).where("id", "=", id).where("org_id", "=", user.orgId).execute();
  await recordAudit({ action: "invoice.voided", actorId: user.id, orgId: user.orgId, target: id });
  revalidatePath(`/invoices/${id}`);
});

// ok: missing-authorization
// ruleid: missing-input-validation, missing-rate-limit
export async function sendInvoice(invoiceId: string, to: string) {
  const session = await verifySession();
  const invoice = await db
    .selectFrom("invoices")
    .innerJoin("orgs", "orgs.id", "invoices.org_id")
    .select(["invoices.id", "invoices.number", "invoices.total_cents", "invoices.currency", "orgs.name as org_name"])
    .where("invoices.id", "=", invoiceId)
    .where("invoices.org_id", "=", session.orgId)
    .executeTakeFirst();
  // ok: information-disclosure
  if (!invoice) return { error: "Invoice not found" };

  const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: invoice.currency }).format(invoice.total_cents / 100);
  await sendMail(to, `Invoice ${invoice.number} from ${invoice.org_name}`, `<p>You have a new invoice for ${amount}.</p><p><a href="${process.env.APP_URL}/pay/${invoice.id}">View and pay</a></p>`);
  await db.updateTable("invoices").set({ status: "sent" }).where("id", "=", invoice.id).where("status", "=", "draft").execute();
  return { ok: true };
}

const InvoiceRef = object({ id: string() });

// ok: missing-authorization, missing-input-validation
export async function duplicateInvoice(formData: FormData) {
  const session = await verifySession();
  const { id } = create({ id: formData.get("id") }, InvoiceRef);
  const source = await db
    .selectFrom("invoices")
    .select(["client_id", "currency", "notes", "total_cents"])
    .where("id", "=", id)
    .where("org_id", "=", session.orgId)
    .executeTakeFirst();
  if (!source) return { error: "Invoice not found" };
  const copy = await db
    .insertInto("invoices")
    // ok: mass-assignment
    .values({ ...source, org_id: session.orgId, created_by: session.userId, number: `INV-${Date.now().toString(36).toUpperCase()}`, status: "draft", due_date: new Date(Date.now() + 30 * 86_400_000) })
    .returning("id")
    .executeTakeFirstOrThrow();
  revalidatePath("/invoices");
  return { id: copy.id };
}

// ok: missing-authorization, missing-input-validation
export async function getInvoice(id: string) {
  const session = await verifySession();
  if (typeof id !== "string" || !UUID_RE.test(id)) return null;
  // ruleid: excessive-data-exposure
  return await db.selectFrom("invoices").selectAll().where("id", "=", id).where("org_id", "=", session.orgId).executeTakeFirst();
}

/** Called by the Stripe webhook once a checkout session completes. */
// ruleid: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: string, amountCents: number) {
  await db.updateTable("invoices").set({ status: "paid", paid_at: new Date() }).where("id", "=", invoiceId).where("total_cents", "=", amountCents).execute();
  revalidatePath("/invoices");
}

export async function listInvoicesCreatedBy(userId: string) {
  const session = await verifySession();
  const creator = z.string().uuid().parse(userId);
  // ruleid: missing-authorization
  const rows = await db
    .selectFrom("invoices")
    .select(["id", "number", "status", "total_cents", "currency", "due_date"])
    .where("created_by", "=", creator)
    .orderBy("created_at", "desc")
    .limit(100)
    .execute();
  return { viewer: session.userId, invoices: rows };
}

// ok: missing-input-validation
export async function searchEverything(term: string) {
  const session = await verifySession();
  if (typeof term !== "string" || term.trim().length < 2 || term.length > 100) return [];
  return searchIndex(session.orgId, term.trim());
}
