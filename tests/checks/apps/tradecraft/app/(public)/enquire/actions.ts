"use server";

import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { enquiries } from "@/lib/db/schema";
import { validatedAction } from "@/lib/with-org";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { draftFeedback } from "@/lib/ai";

const EnquirySchema = z.object({
  courseId: z.string().uuid().optional(),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  message: z.string().max(2000).optional(),
});

// Public enquiry form on the course catalogue.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const submitEnquiry = validatedAction(EnquirySchema, async (data) => {
  await rateLimitByIp("enquiry", true);
  // ok: mass-assignment
  await db.insert(enquiries).values(data);
  await sendMail(data.email, "Thanks for your enquiry", "<p>A course advisor will be in touch.</p>");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const requestBrochure = validatedAction(z.object({ email: z.string().email(), courseId: z.string().uuid() }), async (data) => {
  await sendMail(data.email, "Your Tradecraft course brochure", `<p>Download: https://tradecraft.app/brochures/${data.courseId}.pdf</p>`);
  return { ok: true };
});

// "Ask about this course" widget: answers with the AI model, no sign-in.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const askCourseQuestion = validatedAction(z.object({ question: z.string().min(5).max(500), syllabus: z.string().max(8000) }), async (data) => {
  const answer = await draftFeedback(data.syllabus, data.question);
  return { answer };
});
