"use server";

import { z } from "zod";
import { adminAction } from "@/lib/safe-action";
import { requireNationalAdmin, requireCentreStaff } from "@/lib/dal";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const invoicePartner = adminAction
  .metadata({ actionName: "invoicePartner" })
  .inputSchema(z.object({ partnerId: z.string().uuid(), amountCents: z.number().int().positive(), memo: z.string().max(200) }))
  .action(async ({ parsedInput }) => {
    const partner = await db.selectFrom("partners").select(["stripeCustomerId"]).where("id", "=", parsedInput.partnerId).executeTakeFirstOrThrow();
    const invoice = await stripe.invoices.create({ customer: partner.stripeCustomerId!, description: parsedInput.memo, collection_method: "send_invoice", days_until_due: 30 });
    await stripe.invoiceItems.create({ customer: partner.stripeCustomerId!, invoice: invoice.id, amount: parsedInput.amountCents, currency: "eur" });
    // ok: excessive-data-exposure
    return { invoiceId: invoice.id, url: invoice.hosted_invoice_url };
  });

// ok: missing-auth, missing-input-validation
export async function partnerInvoices(partnerId: string) {
  await requireNationalAdmin();
  const id = z.string().uuid().parse(partnerId);
  const partner = await db.selectFrom("partners").select(["stripeCustomerId"]).where("id", "=", id).executeTakeFirst();
  if (!partner?.stripeCustomerId) return [];
  const list = await stripe.invoices.list({ customer: partner.stripeCustomerId, limit: 20 });
  // ok: excessive-data-exposure
  return list.data.map((i) => ({ id: i.id, status: i.status, total: i.total, created: i.created }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function voidInvoice(invoiceId: string) {
  const staff = await requireCentreStaff(["manager"]);
  const order = await db.selectFrom("orders").select(["id"]).where("invoiceId", "=", invoiceId).where("centreId", "=", staff.centreId).executeTakeFirst();
  if (!order) return { error: "Not found" };
  await stripe.invoices.voidInvoice(invoiceId);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function refreshCustomer(partnerId: string) {
  await requireNationalAdmin();
  const id = z.string().uuid().parse(partnerId);
  const partner = await db.selectFrom("partners").select(["stripeCustomerId"]).where("id", "=", id).executeTakeFirstOrThrow();
  try {
    const customer = await stripe.customers.retrieve(partner.stripeCustomerId!);
    return { ok: true, deleted: "deleted" in customer };
  } catch (error) {
    // ruleid: information-disclosure
    return { ok: false, error };
  }
}
