"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { signedPutUrl } from "@/lib/s3";
import { sendEmail } from "@/lib/notify";
import { withPublicForm } from "@/lib/wrappers";
import { publicLimitedClient } from "@/lib/safe-action";
import { aj } from "@/lib/arcjet";
import { headers } from "next/headers";

const applySchema = z.object({ jobPostId: z.string().cuid(), name: z.string().min(1).max(120), email: z.string().email(), phone: z.string().max(20).optional(), resumeKey: z.string().startsWith("resumes/").optional() });

// Public applicant portal.
// ok: missing-auth, missing-rate-limit, missing-input-validation, mass-assignment
export const applyToJob = withPublicForm("apply", async (_prev: unknown, formData: FormData) => {
  const parsed = applySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const post = await prisma.jobPost.findFirst({ where: { id: parsed.data.jobPostId, published: true }, select: { employerId: true, title: true } });
  if (!post) return { error: "This job is closed" };
  // ok: mass-assignment
  await prisma.applicant.create({ data: { ...parsed.data, employerId: post.employerId } });
  await sendEmail(parsed.data.email, `We received your application for ${post.title}`, "<p>Thanks for applying!</p>");
  return { ok: true };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const resumeUploadUrl = publicLimitedClient
  .inputSchema(z.object({ fileName: z.string().max(200), contentType: z.enum(["application/pdf", "application/msword"]) }))
  .action(async ({ parsedInput }) => {
    const key = `resumes/${crypto.randomUUID()}-${parsedInput.fileName.replace(/[^\w.-]/g, "_")}`;
    return { key, url: await signedPutUrl(key, parsedInput.contentType) };
  });

// Old portal: quick apply with only an e-mail.
// ok: missing-auth -- a visitor applying on the public careers page (fixed in pass 30)
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function quickApply(formData: FormData) {
  const email = formData.get("email") as string;
  const jobPostId = formData.get("jobPostId") as string;
  const post = await prisma.jobPost.findUnique({ where: { id: jobPostId }, select: { employerId: true, title: true } });
  if (!post) return { error: "Closed" };
  await prisma.applicant.create({ data: { jobPostId, employerId: post.employerId, name: email.split("@")[0], email } });
  await sendEmail(email, `Application received: ${post.title}`, "<p>Thanks!</p>");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function contactRecruiter(_prev: unknown, formData: FormData) {
  const decision = await aj.protect({ headers: await headers() } as any, { requested: 1 });
  if (decision.isDenied()) return { error: "Blocked" };
  const p = z.object({ email: z.string().email(), message: z.string().min(5).max(2000) }).parse(Object.fromEntries(formData));
  await sendEmail("recruiting@shiftwise.app", "Careers contact", `<p>${p.email}: ${p.message}</p>`);
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function applicationStatus(email: string) {
  const e = z.string().email().parse(email);
  const a = await prisma.applicant.findFirst({ where: { email: e }, select: { stage: true } });
  // ruleid: information-disclosure
  if (!a) return { error: "We have no application under that e-mail" };
  return { stage: a.stage };
}
