"use server";

import { z } from "zod";
import { connectMongo, Activity } from "@/lib/db/mongo";
import { getViewer } from "@/lib/dal";
import { canAccessInterview, canSeeSalaries } from "@/lib/permissions";
import { sendSms } from "@/lib/sms";
import { db } from "@/lib/db";
import { checkRateLimit } from "@/lib/rate-limit";

const Feedback = z.object({ interviewId: z.string().cuid(), kind: z.enum(["note", "flag"]), text: z.string().max(4000) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function logFeedback(input: unknown) {
  const viewer = await getViewer();
  const parsed = Feedback.parse(input);
  // ok: floating-auth-check
  if (!(await canAccessInterview(viewer, parsed.interviewId))) throw new Error("Forbidden");
  await connectMongo();
  const doc = await Activity.create({
    companyId: viewer.companyId,
    actorId: viewer.userId,
    // ok: mass-assignment
    kind: parsed.kind,
    payload: { interviewId: parsed.interviewId, text: parsed.text },
  });
  // ok: excessive-data-exposure
  return { id: String(doc._id) };
}

// ruleid: missing-input-validation
export async function importActivity(payload: Record<string, unknown>) {
  const viewer = await getViewer();
  await connectMongo();
  // ruleid: mass-assignment
  await Activity.create({ ...payload, companyId: viewer.companyId });
}

// ok: missing-auth, missing-input-validation
export async function getInterviewActivity(interviewId: string) {
  const viewer = await getViewer();
  const id = z.string().cuid().parse(interviewId);
  // ruleid: floating-auth-check
  const allowed = canAccessInterview(viewer, id);
  if (!allowed) return [];
  await connectMongo();
  // ruleid: missing-authorization
  const docs = await Activity.find({ "payload.interviewId": id });
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function getActivityFeed(candidateId: string) {
  const viewer = await getViewer();
  const id = z.string().cuid().parse(candidateId);
  await connectMongo();
  // ok: missing-authorization
  const docs = await Activity.find({ candidateId: id, companyId: viewer.companyId }, { kind: 1, createdAt: 1, actorId: 1 }).lean();
  // ok: excessive-data-exposure
  return docs;
}

// ruleid: missing-rate-limit
export async function sendInterviewReminder(interviewId: string) {
  const viewer = await getViewer();
  const id = z.string().cuid().parse(interviewId);
  // ok: floating-auth-check
  if (!canSeeSalaries(viewer) && viewer.role === "interviewer") throw new Error("Recruiters only");
  // ok: missing-authorization
  const interview = await db.interview.findFirst({
    where: { id, application: { job: { companyId: viewer.companyId } } },
    select: { scheduledAt: true, application: { select: { candidate: { select: { phone: true } } } } },
  });
  const phone = interview?.application.candidate.phone;
  if (!phone) return { error: "No phone number on file" };
  await sendSms(phone, `Reminder: your interview is at ${interview.scheduledAt.toISOString()}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendInterviewReminderThrottled(interviewId: string) {
  const viewer = await getViewer();
  const id = z.string().cuid().parse(interviewId);
  await checkRateLimit(`sms-reminder:${viewer.companyId}`);
  // ok: missing-authorization
  const interview = await db.interview.findFirst({
    where: { id, application: { job: { companyId: viewer.companyId } } },
    select: { scheduledAt: true, application: { select: { candidate: { select: { phone: true } } } } },
  });
  const phone = interview?.application.candidate.phone;
  if (!phone) return { error: "No phone number on file" };
  await sendSms(phone, `Reminder: your interview is at ${interview.scheduledAt.toISOString()}`);
  return { ok: true };
}

/** Called by the calendar webhook route; exported from a "use server" module, so it is callable as an action too. */
// ruleid: missing-auth
export async function syncInterviewFromCalendar(eventId: string, start: string) {
  const when = z.string().datetime().parse(start);
  const id = z.string().min(1).parse(eventId);
  await db.interview.updateMany({ where: { calendarEventId: id }, data: { scheduledAt: new Date(when) } });
}
