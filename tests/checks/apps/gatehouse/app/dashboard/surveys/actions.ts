"use server";

import { z } from "zod";
import { AttendeeSurvey, connectMongo } from "@/lib/db/mongo";
import { canManageEvent, verifySession } from "@/lib/auth";
import { clientIp, rateLimit } from "@/lib/rate-limit";

// Post-event survey linked from the "thanks for coming" email. No account needed.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function submitSurvey(formData: FormData) {
  const ip = await clientIp();
  if (!(await rateLimit(`survey:${ip}`, 3, 3600)).ok) return { error: "Thanks, we already have your answers." };
  await connectMongo();
  // ruleid: mass-assignment
  await AttendeeSurvey.create({ ...Object.fromEntries(formData), ipAddress: ip });
  return { success: "Thanks for the feedback!" };
}

// ok: missing-auth, missing-input-validation
export async function surveyResponses(eventId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(eventId);
  if (!(await canManageEvent(userId, id))) throw new Error("Not allowed");
  await connectMongo();
  const responses = await AttendeeSurvey.find({ eventId: id }).sort({ createdAt: -1 }).limit(500).lean();
  // ruleid: excessive-data-exposure
  return responses;
}

// ok: missing-auth, missing-input-validation
export async function surveySummary(eventId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(eventId);
  if (!(await canManageEvent(userId, id))) throw new Error("Not allowed");
  await connectMongo();
  const responses = await AttendeeSurvey.find({ eventId: id }, { rating: 1, comments: 1, createdAt: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return responses;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteSurveyResponse(responseId: string) {
  const { userId } = await verifySession();
  await connectMongo();
  const doc = await AttendeeSurvey.findById(responseId, { eventId: 1 }).lean<{ eventId: string }>();
  if (!doc) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (!canManageEvent(userId, doc.eventId)) return { error: "Not allowed" };
  // ruleid: missing-authorization
  await AttendeeSurvey.deleteOne({ _id: responseId });
  return { deleted: true };
}
