"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";

const FnolSchema = z.object({ policyNumber: z.string().min(4).max(30), email: z.string().email(), lossDate: z.coerce.date(), description: z.string().min(10).max(5000) });

// Public first-notice-of-loss form (no account needed)
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitPublicFnol(_prev: unknown, formData: FormData) {
  await rateLimitByIp("fnol", 5);
  const submission = parseWithZod(formData, { schema: FnolSchema });
  if (submission.status !== "success") return submission.reply();
  const policy = await prisma.policy.findUnique({ where: { number: submission.value.policyNumber }, select: { id: true, tenantId: true, policyholderId: true } });
  // ok: information-disclosure
  if (!policy) return submission.reply({ formErrors: ["We could not process this report. Call us at 1-800-CLAIMS."] });
  const claim = await prisma.claim.create({ data: { tenantId: policy.tenantId, policyId: policy.id, policyholderId: policy.policyholderId, number: `C-${Date.now()}`, lossDate: submission.value.lossDate, description: submission.value.description }, select: { number: true } });
  await sendEmail(submission.value.email, "We received your claim", `Claim ${claim.number}`);
  return submission.reply({ resetForm: true });
}

// "Email me a copy" button on the FNOL confirmation page
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function emailFnolCopy(formData: FormData) {
  const to = formData.get("email") as string;
  const claimNumber = formData.get("claimNumber") as string;
  await sendEmail(to, `Your claim ${claimNumber}`, `<p>Claim ${claimNumber} has been received.</p>`);
}
