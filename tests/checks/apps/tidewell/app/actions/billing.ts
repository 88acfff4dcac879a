"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db/drizzle";
import { shares, solarArrays, members } from "@/lib/db/schema";
import { memberClient } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export const buyShares = memberClient
  .metadata({ name: "shares.buy" })
  .schema(z.object({ arrayId: z.string().uuid(), units: z.number().int().min(1).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [array] = await db.select({ id: solarArrays.id, name: solarArrays.name }).from(solarArrays).where(and(eq(solarArrays.id, parsedInput.arrayId), eq(solarArrays.coopId, ctx.coopId)));
    if (!array) return { error: "Unknown array" };
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "eur", unit_amount: 10000, product_data: { name: `${array.name} share` } }, quantity: parsedInput.units }],
      metadata: { arrayId: array.id, userId: ctx.userId, units: String(parsedInput.units) },
      success_url: "https://tidewell.coop/dashboard/shares?ok=1",
      cancel_url: "https://tidewell.coop/dashboard/shares",
    });
    return { url: checkout.url };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function recordManualPurchase(formData: FormData) {
  const ctx = await requireMember();
  const data = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.insert(shares).values({ ...(data as unknown as typeof shares.$inferInsert), memberId: ctx.memberId });
}

// ok: missing-auth, missing-input-validation
export async function openBillingPortal() {
  const ctx = await requireMember();
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.id, ctx.memberId));
  const portal = await stripe.billingPortal.sessions.create({ customer: m.id, return_url: "https://tidewell.coop/dashboard" });
  redirect(portal.url);
}
