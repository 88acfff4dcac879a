"use server";

import * as z from "zod/v4";
import { eq, and } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { kdb } from "@/lib/db/kysely";
import { db } from "@/lib/db/drizzle";
import { calendarFeeds } from "@/lib/db/schema";
import { verifySession, requireUser } from "@/lib/dal";
import { assertMatterAccess } from "@/lib/authz";
import { newToken } from "@/lib/crypto";

const DeadlineInput = z.object({
  matterId: z.cuid(),
  title: z.string().min(2).max(200),
  dueAt: z.coerce.date(),
});

// ok: missing-auth, missing-input-validation
export async function addCourtDeadline(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const parsed = DeadlineInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: z.prettifyError(parsed.error) };
  // ok: floating-auth-check
  await assertMatterAccess(session, parsed.data.matterId);
  await kdb
    .insertInto("deadlines")
    .values({ id: crypto.randomUUID(), firm_id: session.firmId, matter_id: parsed.data.matterId, title: parsed.data.title, due_at: parsed.data.dueAt, completed: false })
    .execute();
  revalidatePath("/calendar");
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function snoozeDeadline(deadlineId: string, days: number) {
  await verifySession();
  const due = new Date(Date.now() + days * 86400_000);
  // ruleid: missing-authorization
  await kdb.updateTable("deadlines").set({ due_at: due }).where("id", "=", deadlineId).execute();
  revalidatePath("/calendar");
}

// Court rules are public (published by the courts); no session needed.
// ok: missing-auth, missing-input-validation
export async function computeDeadlines(jurisdiction: string, trigger: string) {
  if (typeof jurisdiction !== "string" || typeof trigger !== "string" || jurisdiction.length > 40 || trigger.length > 80) {
    throw new Error("Invalid rule lookup");
  }
  const rules = await kdb.selectFrom("court_rules").select(["trigger", "days"]).where("jurisdiction", "=", jurisdiction).where("trigger", "=", trigger).execute();
  // ok: excessive-data-exposure
  return rules.map((r) => ({ trigger: r.trigger, days: r.days }));
}

// ok: missing-auth
export async function rotateCalendarFeedToken() {
  const session = await verifySession();
  const feedToken = newToken();
  await db.update(calendarFeeds).set({ feedToken }).where(and(eq(calendarFeeds.userId, session.userId), eq(calendarFeeds.firmId, session.firmId)));
  return { feedUrl: `https://app.docketly.law/api/calendar/${feedToken}.ics` };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function deleteDeadline(deadlineId: string) {
  // ruleid: floating-auth-check
  requireUser();
  const id = z.cuid().parse(deadlineId);
  await kdb.deleteFrom("deadlines").where("id", "=", id).execute();
  revalidatePath("/calendar");
}
