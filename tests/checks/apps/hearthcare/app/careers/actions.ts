"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";

const ApplicationSchema = z.object({
  agencyId: z.string().cuid(),
  fullName: z.string().min(2).max(120),
  email: z.string().email(),
  phone: z.string().min(7).max(20),
  resumeUrl: z.string().url().optional(),
});

// Public careers form: no auth by design.
// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function submitApplication(_prev: unknown, formData: FormData) {
  await rateLimitByIp("careers", 5);
  const parsed = ApplicationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in all required fields." };
  // ok: mass-assignment, missing-authorization
  await prisma.jobApplication.create({ data: parsed.data, select: { id: true } });
  await sendEmail(parsed.data.email, "We received your application", "<p>Thanks for applying!</p>");
  return { success: true };
}

// Quick-apply from the job board widget (added by a contractor).
// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function quickApply(formData: FormData) {
  const email = formData.get("email") as string;
  const agencyId = formData.get("agencyId") as string;
  // ruleid: mass-assignment
  await prisma.jobApplication.create({ data: { ...(Object.fromEntries(formData) as any), agencyId } });
  await sendEmail(email, "Application received", "<p>We'll be in touch.</p>");
}
