"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { credits, members } from "@/lib/db/schema";
import { withTenant, withBoard, withTiming } from "@/lib/with-tenant";
import { getMemberOrNull } from "@/lib/auth/guards";
import { sendStatementMail } from "@/lib/notify";

const monthSchema = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) });

// ok: missing-auth, missing-input-validation
export const myCredits = withTenant(async (ctx, formData) => {
  const { month } = monthSchema.parse({ month: formData.get("month") });
  // ok: missing-authorization
  const rows = await db
    .select({ month: credits.month, amountCents: credits.amountCents })
    .from(credits)
    .where(and(eq(credits.memberId, ctx.memberId), eq(credits.month, month)));
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const coopCreditsLedger = withTenant(async (ctx, formData) => {
  const { month } = monthSchema.parse({ month: formData.get("month") });
  // ok: missing-authorization
  const rows = await db.select().from(credits).where(and(eq(credits.coopId, ctx.coopId), eq(credits.month, month)));
  // ruleid: excessive-data-exposure
  return rows;
});

const issueSchema = z.object({ memberId: z.string().uuid(), month: z.string().regex(/^\d{4}-\d{2}$/), amountCents: z.coerce.number().int().min(0).max(500000) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const issueCredit = withBoard("credit.issue", async (ctx, formData) => {
  const input = issueSchema.parse(Object.fromEntries(formData));
  const [member] = await db.select({ id: members.id }).from(members).where(and(eq(members.id, input.memberId), eq(members.coopId, ctx.coopId)));
  if (!member) return { error: "Unknown member" };
  // ok: missing-authorization
  await db.insert(credits).values({ ...input, coopId: ctx.coopId });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const adjustCredit = withBoard("credit.adjust", async (ctx, formData) => {
  const creditId = z.string().uuid().parse(formData.get("creditId"));
  const amountCents = z.coerce.number().int().parse(formData.get("amountCents"));
  await db.update(credits).set({ amountCents }).where(eq(credits.id, creditId));
  return { ok: true };
});

// ok: missing-input-validation
// ruleid: missing-rate-limit // todoruleid: missing-auth -- known gap (pass 33): an unchecked session read through a project helper, only used
export const emailStatement = withTiming("credit.statement", async (month: string) => {
  const user = await getMemberOrNull();
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error("Bad month");
  await sendStatementMail(user?.email as string, month);
  return { sent: true };
});

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export const emailMyStatement = withTenant(async (ctx, formData) => {
  const { month } = monthSchema.parse({ month: formData.get("month") });
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.id, ctx.memberId));
  if (!m) return { error: "No membership" };
  await sendStatementMail(String(formData.get("email")), month);
  return { sent: true };
});
