"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { requireLeagueAdmin, requireUser } from "@/lib/auth/session";
import { parentProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { toUserMessage } from "@/lib/errors";
import { logAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function refundRegistration(registrationId: string) {
  const admin = await requireLeagueAdmin();
  const id = z.string().cuid().parse(registrationId);
  // ok: missing-authorization
  const reg = await prisma.registration.findFirst({ where: { id, leagueId: admin.leagueId, status: "paid" }, select: { stripeSessionId: true } });
  if (!reg?.stripeSessionId) return { error: "Nothing to refund" };
  try {
    const session = await stripe.checkout.sessions.retrieve(reg.stripeSessionId);
    await stripe.refunds.create({ payment_intent: session.payment_intent as string });
    // ok: missing-authorization
    await prisma.registration.update({ where: { id }, data: { status: "refunded" } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function waiveFee(registrationId: string) {
  const admin = await requireLeagueAdmin();
  const id = z.string().cuid().parse(registrationId);
  try {
    // ok: missing-authorization
    await prisma.registration.updateMany({ where: { id, leagueId: admin.leagueId }, data: { feeCents: 0, status: "paid" } });
    await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "registration.fee_waived", target: id });
    return { ok: true };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { error: toUserMessage(err) };
  }
}

// ok: missing-auth, missing-input-validation
export async function openBillingPortal() {
  const user = await requireUser();
  const profile = await prisma.profile.findUnique({ where: { id: user.id }, select: { stripeCustomerId: true } });
  if (!profile?.stripeCustomerId) redirect("/parent/registrations");
  const portal = await stripe.billingPortal.sessions.create({ customer: profile.stripeCustomerId, return_url: `${process.env.APP_URL}/parent` });
  // ok: missing-input-validation
  redirect(portal.url);
}

// ok: missing-auth, missing-input-validation
export const payOutstanding = parentProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const reg = await prisma.registration.findFirst({ where: { id: input.registrationId, parentId: ctx.user.id }, select: { id: true, feeCents: true, paidCents: true } });
    if (!reg) throw new Error("Not found");
    const due = reg.feeCents - reg.paidCents;
    if (due <= 0) return { url: null };
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: due, product_data: { name: "Balance due" } } }],
      metadata: { registrationId: reg.id },
      success_url: `${process.env.APP_URL}/parent?paid=1`,
    });
    try {
      await prisma.registration.update({ where: { id: reg.id }, data: { stripeSessionId: session.id } });
    } catch (e) {
      // ruleid: information-disclosure
      return { url: null, error: String(e) };
    }
    return { url: session.url };
  });
