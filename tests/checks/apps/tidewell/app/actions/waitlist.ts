"use server";

import * as v from "valibot";
import { z } from "zod";
import { and, eq, sql as dsql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/drizzle";
import { waitlist } from "@/lib/db/schema";
import { WaitlistSchema } from "@/lib/valibot-schemas";
import { rateLimitByIp } from "@/lib/ratelimit";
import { withBoard } from "@/lib/with-tenant";
import { sendInviteMail } from "@/lib/notify";
import { sendMail } from "@/lib/mail";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function joinWaitlist(formData: FormData) {
  await rateLimitByIp("waitlist");
  const input = v.parse(WaitlistSchema, Object.fromEntries(formData));
  const coop = await prisma.coop.findUnique({ where: { slug: input.coopSlug }, select: { id: true } });
  if (!coop) return { error: "Unknown co-op" };
  const [{ next }] = await db.select({ next: dsql<number>`coalesce(max(${waitlist.position}), 0) + 1` }).from(waitlist).where(eq(waitlist.coopId, coop.id));
  // ok: mass-assignment
  await db.insert(waitlist).values({ email: input.email, postcode: input.postcode, coopId: coop.id, position: next });
  await sendMail(input.email, "You're on the list", `<p>You are number ${next}.</p>`);
  return { position: next };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteFromWaitlist = withBoard("waitlist.invite", async (ctx, formData) => {
  const id = z.string().uuid().parse(formData.get("entryId"));
  // ok: missing-authorization
  const [entry] = await db.select({ id: waitlist.id, email: waitlist.email }).from(waitlist).where(and(eq(waitlist.id, id), eq(waitlist.coopId, ctx.coopId)));
  if (!entry) return { error: "Not found" };
  const token = randomBytes(32).toString("hex");
  await db.update(waitlist).set({ inviteToken: hashToken(token) }).where(eq(waitlist.id, entry.id));
  await sendInviteMail(entry.email, "Tidewell", `https://tidewell.coop/join?t=${token}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const nudgeWaitlist = withBoard("waitlist.nudge", async (ctx) => {
  // ok: missing-authorization
  const entries = await db.select({ email: waitlist.email }).from(waitlist).where(eq(waitlist.coopId, ctx.coopId));
  for (const e of entries) await sendMail(e.email, "Still interested?", "<p>Shares open soon.</p>");
  return { sent: entries.length };
});

// ok: missing-auth, missing-input-validation
export const waitlistExport = withBoard("waitlist.export", async (ctx) => {
  // ok: missing-authorization
  const rows = await db.select().from(waitlist).where(eq(waitlist.coopId, ctx.coopId));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-input-validation
// ruleid: missing-auth
export async function waitlistPosition(email: string) {
  z.string().email().parse(email);
  // ok: excessive-data-exposure
  const [row] = await db.select({ position: waitlist.position, postcode: waitlist.postcode }).from(waitlist).where(eq(waitlist.email, email));
  return row ?? null;
}
