"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createServerAction } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/drizzle";
import { siteVisits, installers } from "@/lib/db/drizzle/schema";
import { installerProcedure } from "@/lib/actions/zsa";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/ratelimit";

const bookSchema = z.object({ installationId: z.string().cuid(), coopId: z.string().cuid(), scheduledFor: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export const bookVisit = installerProcedure.createServerAction().input(bookSchema).handler(async ({ input, ctx }) => {
  const [row] = await db
    .insert(siteVisits)
    // ok: mass-assignment
    .values({ id: crypto.randomUUID(), ...input, installerId: ctx.installer.id })
    .returning({ id: siteVisits.id });
  return row;
});

const completeSchema = z.object({ visitId: z.string().uuid(), report: z.string().max(10_000) });

// ok: missing-auth, missing-input-validation
export const completeVisit = installerProcedure.createServerAction().input(completeSchema).handler(async ({ input }) => {
  // ruleid: missing-authorization
  await db
    .update(siteVisits)
    .set({ status: "completed", report: input.report })
    .where(eq(siteVisits.id, input.visitId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const cancelVisit = installerProcedure.createServerAction().input(z.object({ visitId: z.string().uuid() })).handler(async ({ input, ctx }) => {
  await db
    .update(siteVisits)
    .set({ status: "cancelled" })
    // ok: missing-authorization
    .where(and(eq(siteVisits.id, input.visitId), eq(siteVisits.installerId, ctx.installer.id)));
  return { ok: true };
});

const rescheduleSchema = z.object({ visitId: z.string().uuid(), scheduledFor: z.coerce.date(), installerId: z.string() });

// ok: missing-auth, missing-input-validation
export const rescheduleVisit = installerProcedure.createServerAction().input(rescheduleSchema).handler(async ({ input }) => {
  // ruleid: missing-authorization
  await db
    .update(siteVisits)
    .set({ scheduledFor: input.scheduledFor })
    .where(and(eq(siteVisits.id, input.visitId), eq(siteVisits.installerId, input.installerId)));
  return { ok: true };
});

// Texts the co-op contact that the crew is on the way.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const notifyOnTheWay = installerProcedure.createServerAction().input(z.object({ visitId: z.string().uuid() })).handler(async ({ input, ctx }) => {
  if (!(await checkRateLimit(`otw:${ctx.installer.id}`))) throw new Error("Slow down");
  const [visit] = await db
    .select({ accessCode: siteVisits.accessCode })
    .from(siteVisits)
    // ok: missing-authorization
    .where(and(eq(siteVisits.id, input.visitId), eq(siteVisits.installerId, ctx.installer.id)));
  if (!visit) throw new Error("Not found");
  await sendSms(process.env.SITE_CONTACT_PHONE!, `Installer ${ctx.installer.company} is on the way.`);
  return { ok: true };
});

// Early version: Clerk session read but not enforced.
// ok: missing-input-validation
// ruleid: missing-auth
export const claimVisit = createServerAction().input(z.object({ visitId: z.string().uuid() })).handler(async ({ input }) => {
  const { userId } = await auth();
  const [installer] = await db.select({ id: installers.id }).from(installers).where(eq(installers.clerkUserId, userId ?? ""));
  await db.update(siteVisits).set({ installerId: installer?.id ?? "unassigned" }).where(eq(siteVisits.id, input.visitId));
  return { ok: true };
});
