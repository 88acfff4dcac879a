"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { vendorProcedure } from "@/lib/zsa";
import { requireVendor } from "@/lib/auth/vendor-session";
import { stripe } from "@/lib/stripe";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export const payPitchFee = vendorProcedure
  .createServerAction()
  .input(z.object({ applicationId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const app = await db.selectFrom("pitch_applications").select(["id", "fee_cents", "paid"]).where("id", "=", input.applicationId).where("vendor_id", "=", ctx.vendorId).executeTakeFirstOrThrow();
    if (app.paid) return { error: "Already paid" };
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "gbp", unit_amount: app.fee_cents, product_data: { name: "Pitch fee" } }, quantity: 1 }],
      metadata: { kind: "pitch_fee", applicationId: app.id },
      success_url: `${process.env.APP_URL}/vendor/dashboard?paid=1`,
      cancel_url: `${process.env.APP_URL}/vendor/dashboard`,
    });
    return { url: checkout.url };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function recordCashPayment(formData: FormData) {
  const vendor = await requireVendor();
  const applicationId = String(formData.get("applicationId"));
  const balance = Number(formData.get("balanceCents"));
  // ruleid: mass-assignment
  await db.updateTable("vendors").set({ fee_balance_cents: balance }).where("id", "=", vendor.vendorId).execute();
  // ruleid: missing-authorization
  await db.updateTable("pitch_applications").set({ paid: true }).where("id", "=", applicationId).execute();
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailFeeStatement = vendorProcedure.createServerAction().handler(async ({ ctx }) => {
  const vendor = await db.selectFrom("vendors").select(["contact_email", "fee_balance_cents"]).where("id", "=", ctx.vendorId).executeTakeFirstOrThrow();
  await sendMail(vendor.contact_email, "Your pitch fee statement", `<p>Outstanding: £${(vendor.fee_balance_cents / 100).toFixed(2)}</p>`);
  return { sent: true };
});

// ok: missing-auth, missing-input-validation
export const myFeeBalance = vendorProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: missing-authorization
  const vendor = await db.selectFrom("vendors").select(["fee_balance_cents"]).where("id", "=", ctx.vendorId).executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return { balanceCents: vendor.fee_balance_cents };
});

// ok: missing-auth, missing-input-validation
export const myVendorAccount = vendorProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: missing-authorization
  const vendor = await db.selectFrom("vendors").selectAll().where("id", "=", ctx.vendorId).executeTakeFirstOrThrow();
  // ruleid: excessive-data-exposure
  return vendor;
});
