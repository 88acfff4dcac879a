"use server";

// Helpers the e-sign webhook and the cron jobs call. They live in a "use server"
// module for historical reasons, which makes every export a callable action.

import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { contracts, memberships } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { reviewClauses } from "@/lib/ai/reviewer";
import { sendMail } from "@/lib/mailer";
import { requireUser } from "@/lib/session";

// why: exported from a "use server" module, unauthenticated, marks any contract signed by envelope id
// ruleid: missing-auth, missing-input-validation
export async function markEnvelopeCompleted(envelopeId: string) {
  await db.update(contracts).set({ status: "signed" }).where(eq(contracts.envelopeId, envelopeId));
}

// why: callable action that runs the paid AI reviewer with no auth and no rate limit (cost abuse; it neither mutates nor reads private data)
// ruleid: missing-rate-limit
// ok: missing-auth
export async function runReviewForWebhook(clauseList: { id: string; heading: string; text: string }[]) {
  return reviewClauses(clauseList.slice(0, 50));
}

// why: sends reminder email to any address: no session, no rate limit, unvalidated recipient
// ruleid: missing-rate-limit, missing-input-validation
// todoruleid: missing-auth
export async function sendObligationReminder(obligationId: string, to: string) {
  const ob = await prisma.obligation.findUnique({ where: { id: obligationId }, select: { title: true, dueDate: true } });
  if (!ob) return;
  await sendMail({ to, subject: `Reminder: ${ob.title}`, html: `<p>Due ${ob.dueDate.toDateString()}</p>` });
}

// ok: missing-auth, missing-input-validation
export async function myWorkspaceIds() {
  const user = await requireUser();
  // ok: missing-authorization
  const rows = await db.select({ id: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, user.id));
  // ok: excessive-data-exposure
  return rows.map((r) => r.id);
}
