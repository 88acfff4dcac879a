"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/kysely";
import { withPromoter, withTracing } from "@/lib/with-festival";
import { promoterProcedure, staffProcedure, optionalStaffProcedure } from "@/lib/zsa";
import { festivalSettingsSchema } from "@/lib/validators";
import { requireRole } from "@/lib/auth/staff";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export const updateFestivalSettings = withPromoter("festival.settings", async (formData, ctx) => {
  const input = festivalSettingsSchema.parse({ name: formData.get("name"), startsAt: formData.get("startsAt"), endsAt: formData.get("endsAt") });
  // ok: missing-authorization, mass-assignment
  await db.updateTable("festivals").set({ name: input.name, starts_at: input.startsAt, ends_at: input.endsAt }).where("id", "=", ctx.festivalId).execute();
  revalidatePath("/staff");
});

// ok: missing-auth, missing-input-validation
export const publishFestival = promoterProcedure
  .createServerAction()
  .input(z.object({ publish: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.updateTable("festivals").set({ status: input.publish ? "published" : "draft" }).where("org_id", "=", ctx.orgId).execute();
    return { ok: true };
  });

// ok: missing-input-validation
// todoruleid: missing-auth -- a zsa procedure that reads the session but never rejects (cause 5)
export const festivalDashboard = optionalStaffProcedure.createServerAction().handler(async ({ ctx }) => {
  const festival = await db.selectFrom("festivals").select(["id", "name", "status", "stripe_account_id"]).where("org_id", "=", ctx.orgId ?? "").executeTakeFirst();
  if (!festival) return null;
  const vendors = await db.selectFrom("vendors").select((eb) => eb.fn.countAll<number>().as("n")).where("festival_id", "=", festival.id).executeTakeFirst();
  return { name: festival.name, status: festival.status, payoutsConnected: Boolean(festival.stripe_account_id), vendorCount: vendors?.n ?? 0 };
});

// ok: missing-auth, missing-input-validation
export const festivalForEdit = staffProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: missing-authorization
  const festival = await db.selectFrom("festivals").selectAll().where("org_id", "=", ctx.orgId).executeTakeFirstOrThrow();
  // ruleid: excessive-data-exposure
  return festival;
});

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- tenant deletion with no audit call (cause 4)
export async function deleteFestival(confirmSlug: string) {
  const ctx = await requireRole("org:promoter");
  if (typeof confirmSlug !== "string" || confirmSlug !== ctx.festival.slug) throw new Error("Type the festival slug to confirm");
  // ok: missing-authorization
  await db.deleteFrom("festivals").where("id", "=", ctx.festivalId).execute();
  redirect("/staff");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function connectStripeAccount(accountId: string) {
  const ctx = await requireRole("org:promoter");
  try {
    const account = await stripe.accounts.retrieve(accountId);
    // ok: missing-authorization
    await db.updateTable("festivals").set({ stripe_account_id: accountId }).where("id", "=", ctx.festivalId).execute();
    return { chargesEnabled: account.charges_enabled };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-input-validation
// ruleid: missing-auth // todoruleid: missing-audit-log -- secret rotation in a tracing wrapper that only logs timing (cause 4)
export const rotateGateSecret = withTracing("rotateGateSecret", async () => {
  const { orgId } = await auth();
  const secret = randomBytes(32).toString("hex");
  await db.updateTable("festivals").set({ gate_secret: secret }).where("org_id", "=", orgId ?? "").execute();
  return { secret };
});
