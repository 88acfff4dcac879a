"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Complaint } from "@/models/Complaint";
import { prisma } from "@/lib/db/prisma";
import { publicFormClient } from "@/lib/safe-action";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

const complaintSchema = z.object({
  municipalityId: z.string().cuid(),
  address: z.string().min(5).max(200),
  category: z.enum(["unpermitted_work", "property_maintenance", "zoning", "noise", "short_term_rental"]),
  description: z.string().min(10).max(5000),
  anonymous: z.boolean().default(false),
  complainantName: z.string().max(120).optional(),
  complainantEmail: z.string().email().optional(),
  complainantPhone: z.string().max(20).optional(),
});

// Public complaint form (anonymous tips allowed).
// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth -- a public complaint/tip form filing a new row, like a contact form
export const fileComplaint = publicFormClient
  .metadata({ actionName: "complaint.file" })
  .inputSchema(complaintSchema)
  .action(async ({ parsedInput }) => {
    await connectMongo();
    const trackingToken = randomBytes(6).toString("hex").toUpperCase();
    const doc = await Complaint.create({
      // ok: mass-assignment
      ...parsedInput,
      ...(parsedInput.anonymous ? { complainantName: undefined, complainantEmail: undefined, complainantPhone: undefined } : {}),
      trackingToken,
    });
    if (parsedInput.complainantEmail && !parsedInput.anonymous) {
      await sendEmail(parsedInput.complainantEmail, "We received your report", `Tracking number: ${trackingToken}`);
    }
    // ok: excessive-data-exposure
    return { id: String(doc._id), trackingToken };
  });

// Old form endpoint (HTML form POST from the legacy city site embed).
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
// ok: missing-auth -- a public complaint/tip form filing a new row, like a contact form
export async function fileComplaintLegacy(formData: FormData) {
  await connectMongo();
  const doc = await Complaint.create({
    // ruleid: mass-assignment
    ...Object.fromEntries(formData),
    trackingToken: randomBytes(6).toString("hex").toUpperCase(),
  });
  const email = formData.get("complainantEmail");
  if (typeof email === "string" && email) await sendEmail(email, "We received your report", `Tracking: ${doc.trackingToken}`);
  return { trackingToken: doc.trackingToken as string };
}

// Complainants check their case status with the PIN from the receipt.
// ok: missing-rate-limit, missing-input-validation
export async function checkCaseStatus(caseId: string, pin: string) {
  await rateLimitByIp("case-status");
  const input = z.object({ caseId: z.string().cuid(), pin: z.string().regex(/^[0-9]{6}$/) }).parse({ caseId, pin });
  const c = await prisma.enforcementCase.findUnique({ where: { id: input.caseId }, select: { status: true, trackingPin: true } });
  // ruleid: timing-unsafe-comparison
  if (!c || c.trackingPin !== input.pin) {
    // ok: information-disclosure
    return { error: "Case not found." };
  }
  // ok: excessive-data-exposure
  return { status: c.status };
}
