"use server";

import { z } from "zod";
import * as v from "valibot";
import { redirect } from "next/navigation";
import { parentProcedure } from "@/lib/zsa";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { PlayerSchema } from "@/lib/validators";

const SEASON_FEE_CENTS = 12500;

// ok: missing-auth, missing-input-validation
export const registerChild = parentProcedure
  .createServerAction()
  .input(z.object({ season: z.string().regex(/^20[0-9]{2}-(spring|fall)$/), child: z.record(z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    const child = v.parse(PlayerSchema, input.child);
    const league = await prisma.league.findUnique({ where: { id: ctx.leagueId }, select: { registrationOpen: true } });
    if (!league?.registrationOpen) return { error: "Registration is closed" };
    // ok: mass-assignment
    const player = await prisma.player.create({
      data: { ...child, dateOfBirth: new Date(child.dateOfBirth), leagueId: ctx.leagueId, parentId: ctx.user.id },
      select: { id: true },
    });
    // ok: mass-assignment
    const reg = await prisma.registration.create({
      data: { leagueId: ctx.leagueId, playerId: player.id, parentId: ctx.user.id, season: input.season, feeCents: SEASON_FEE_CENTS },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return { registrationId: reg.id };
  });

// ok: missing-auth, missing-input-validation
export const getMyRegistrations = parentProcedure.createServerAction().handler(async ({ ctx }) => {
  const regs = await prisma.registration.findMany({
    where: { parentId: ctx.user.id },
    select: { id: true, season: true, status: true, feeCents: true, paidCents: true },
  });
  // ok: excessive-data-exposure
  return regs;
});

// ok: missing-auth, missing-input-validation
export const getRegistrationReceipt = parentProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const reg = await prisma.registration.findFirst({ where: { id: input.registrationId, parentId: ctx.user.id } });
    // ruleid: excessive-data-exposure
    return reg;
  });

const CancelSchema = v.object({
  registrationId: v.pipe(v.string(), v.minLength(10)),
  parentId: v.optional(v.pipe(v.string(), v.uuid())),
});

// ok: missing-auth, missing-input-validation
export async function cancelRegistration(formData: FormData) {
  const user = await requireUser();
  const input = v.parse(CancelSchema, { registrationId: formData.get("registrationId"), parentId: formData.get("parentId") ?? undefined });
  // "on behalf of" support for co-parents: whatever the form says wins
  const parentId = input.parentId ?? user.id;
  // ruleid: missing-authorization
  await prisma.registration.updateMany({ where: { id: input.registrationId, parentId }, data: { status: "cancelled" } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateRegistration(formData: FormData) {
  const user = await requireUser();
  const data = Object.fromEntries(formData);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.registration.updateMany({ where: { id: String(data.id), parentId: user.id }, data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function applyDiscountCode(registrationId: string, code: string) {
  const user = await requireUser();
  const parsed = z.object({ registrationId: z.string().cuid(), code: z.string().regex(/^[A-Z0-9]{4,12}$/) }).parse({ registrationId, code });
  const known = ["SIBLING10", "VOLUNTEER", "EARLYBIRD"];
  if (!known.includes(parsed.code)) return { error: "Unknown code" };
  // ok: missing-authorization, mass-assignment
  await prisma.registration.updateMany({ where: { id: parsed.registrationId, parentId: user.id, status: "pending" }, data: { discountCode: parsed.code } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const user = await requireUser();
  const registrationId = z.string().cuid().parse(formData.get("registrationId"));
  // ok: missing-authorization
  const reg = await prisma.registration.findFirst({
    where: { id: registrationId, parentId: user.id, status: "pending" },
    select: { id: true, feeCents: true, season: true },
  });
  if (!reg) throw new Error("Registration not found");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: user.email,
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: reg.feeCents, product_data: { name: `Season ${reg.season}` } } }],
    metadata: { registrationId: reg.id },
    success_url: `${process.env.APP_URL}/parent/registrations?paid=1`,
    cancel_url: `${process.env.APP_URL}/parent/registrations`,
  });
  await prisma.registration.update({ where: { id: reg.id }, data: { stripeSessionId: session.id } });
  // ok: missing-input-validation
  redirect(session.url!);
}

// ok: missing-auth
// ruleid: missing-input-validation // todoruleid: missing-audit-log -- known gap (pass 37, A): inline league_admin role gate not an admin action
export async function markPaidOffline(registrationId: string, paidCents: number) {
  const user = await requireUser();
  if (!user.roles.includes("league_admin")) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.registration.updateMany({ where: { id: registrationId, leagueId: user.leagueId! }, data: { paidCents, status: "paid" } });
  return { ok: true };
}
