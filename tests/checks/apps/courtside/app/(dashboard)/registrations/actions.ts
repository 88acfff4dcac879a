"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/session";
import { db } from "@/lib/db";
import { players, registrations, seasons } from "@/db/schema";
import { stripe } from "@/lib/stripe";

const checkoutSchema = z.object({ playerId: z.string().uuid(), seasonId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const user = await requireUser();
  const { playerId, seasonId } = checkoutSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const player = await db.query.players.findFirst({ where: and(eq(players.id, playerId), eq(players.guardianId, user.id)), columns: { id: true, firstName: true } });
  if (!player) throw new Error("Player not found");
  const season = await db.query.seasons.findFirst({ where: eq(seasons.id, seasonId), columns: { feeCents: true, name: true, closed: true } });
  if (!season || season.closed) throw new Error("Registration closed");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: season.feeCents, product_data: { name: `${season.name} — ${player.firstName}` } }, quantity: 1 }],
    success_url: "https://courtside.app/registrations?paid=1",
    cancel_url: "https://courtside.app/registrations",
    metadata: { playerId, seasonId, userId: user.id },
  });
  // ok: mass-assignment
  await db.insert(registrations).values({ playerId, seasonId, userId: user.id, amountCents: season.feeCents, stripeSessionId: session.id });
  redirect(session.url!);
}

// ok: missing-auth, missing-input-validation
export async function cancelRegistration(registrationId: string) {
  const user = await requireUser();
  if (typeof registrationId !== "string" || registrationId.length !== 36) throw new Error("Bad id");
  // ok: missing-authorization
  await db.update(registrations).set({ status: "cancelled" }).where(and(eq(registrations.id, registrationId), eq(registrations.userId, user.id), eq(registrations.status, "pending")));
}

// Used by the Stripe webhook (app/api/webhooks/stripe) — kept here next to the other registration writes.
// ruleid: missing-auth
// ok: missing-input-validation
export async function markRegistrationPaid(stripeSessionId: string) {
  if (typeof stripeSessionId !== "string" || !stripeSessionId.startsWith("cs_")) throw new Error("Bad session id");
  await db.update(registrations).set({ status: "paid" }).where(eq(registrations.stripeSessionId, stripeSessionId));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function registerForSeasonFree(formData: FormData) {
  const user = await requireUser();
  const playerId = z.string().uuid().parse(formData.get("playerId"));
  const seasonId = z.string().uuid().parse(formData.get("seasonId"));
  const userId = (formData.get("onBehalfOf") as string | null) ?? user.id;
  // ruleid: mass-assignment, missing-authorization
  await db.insert(registrations).values({ playerId, seasonId, userId, amountCents: 0, status: "pending" });
}

// ok: missing-auth, missing-input-validation
export async function myRegistrations() {
  const user = await requireUser();
  // ruleid: excessive-data-exposure
  return db.select().from(registrations).where(eq(registrations.userId, user.id));
}
