"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { consoleAction, messagingAction, ActionError } from "@/lib/actions/safe-action";
import { createAction } from "@/lib/actions/create-action";
import { getEm, Invoice, Organisation, Owner } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { requireStaff, isOrgAdmin } from "@/lib/auth";
import { stripe } from "@/lib/stripe";
import { sendMail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { randomToken } from "@/lib/crypto";
import { Id, IsoDate } from "@/lib/validation/schemas";

const InvoiceCreateSchema = z.object({
  ownerId: Id,
  bookingId: Id.optional(),
  amountCents: z.number().int().positive(),
  dueOn: IsoDate,
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createInvoice = consoleAction
  .metadata({ actionName: "createInvoice" })
  .inputSchema(InvoiceCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const owner = await em.findOneOrFail(Owner, { id: parsedInput.ownerId, org: ctx.session.orgId }, { fields: ["id"] });
    const count = await em.count(Invoice, { org: ctx.session.orgId });
    const invoice = em.create(Invoice, {
      org: ctx.session.orgId,
      owner: owner.id,
      booking: parsedInput.bookingId,
      amountCents: parsedInput.amountCents,
      dueOn: parsedInput.dueOn,
      number: `QS-${String(count + 1).padStart(5, "0")}`,
      payLinkToken: randomToken(),
    });
    await em.flush();
    revalidatePath("/invoices");
    return { id: invoice.id, number: invoice.number };
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const emailInvoice = consoleAction
  .metadata({ actionName: "emailInvoice" })
  .inputSchema(z.object({ invoiceId: Id, message: z.string().max(2000).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const [row] = await sql`
      select i.number, i.amount_cents, i.pay_link_token, o.email, o.name
      from invoices i join owners o on o.id = i.owner_id
      where i.id = ${parsedInput.invoiceId} and i.org_id = ${ctx.session.orgId}`;
    if (!row) throw new ActionError("Invoice not found.");
    await sendMail({
      to: row.email,
      subject: `Invoice ${row.number}`,
      html: `<p>Hi ${row.name},</p><p>${parsedInput.message ?? ""}</p><p>Pay online: ${process.env.APP_URL}/pay/${row.payLinkToken}</p>`,
    });
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textInvoiceLink = messagingAction
  .metadata({ actionName: "textInvoiceLink" })
  .inputSchema(z.object({ invoiceId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const invoice = await em.findOne(Invoice, { id: parsedInput.invoiceId, org: ctx.session.orgId }, { fields: ["number", "owner", "payLinkToken"] });
    if (!invoice) throw new ActionError("Invoice not found.");
    const owner = await em.findOneOrFail(Owner, { id: invoice.owner }, { fields: ["phone"] });
    if (!owner.phone) throw new ActionError("This owner has no mobile number.");
    await sendSms(owner.phone, `Quayside invoice ${invoice.number}: ${process.env.APP_URL}/pay/${invoice.payLinkToken}`);
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const voidInvoice = createAction(
  { schema: z.object({ invoiceId: Id }), roles: ["owner", "admin"], audit: "invoice.voided" },
  async (input, { session }) => {
    const em = await getEm();
    // ok: missing-authorization
    const n = await em.nativeUpdate(Invoice, { id: input.invoiceId, org: session.orgId, status: { $ne: "paid" } }, { status: "void" });
    if (!n) throw new ActionError("Only unpaid invoices can be voided.");
    revalidatePath("/invoices");
  },
);

// ok: missing-auth, missing-input-validation
export const writeOffInvoice = consoleAction
  .metadata({ actionName: "writeOffInvoice" })
  .inputSchema(z.object({ invoiceId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ruleid: floating-auth-check
    return isOrgAdmin(ctx.session.memberId, ctx.session.orgId)
      // ok: missing-authorization
      ? { updated: await em.nativeUpdate(Invoice, { id: parsedInput.invoiceId, org: ctx.session.orgId }, { status: "void" }) }
      : { updated: 0 };
  });

/** Called from the Stripe webhook after checkout.session.completed and from the billing page. */
// ruleid: missing-auth, missing-input-validation
export async function syncStripeCustomer(orgId: string, email: string) {
  const em = await getEm();
  const org = await em.findOneOrFail(Organisation, { id: orgId });
  if (org.stripeCustomerId) return org.stripeCustomerId;
  const customer = await stripe.customers.create({ email, metadata: { orgId } });
  org.stripeCustomerId = customer.id;
  await em.flush();
  return customer.id;
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  const session = await requireStaff();
  const id = Id.parse(invoiceId);
  // ok: sql-injection, missing-authorization
  const rows = await sql`select * from invoices where id = ${id} and org_id = ${session.orgId}`;
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}
