"use server";

import { z } from "zod";
import { type } from "arktype";
import { auth, currentUser } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { ratelimit } from "@/lib/ratelimit";
import { randomBytes } from "node:crypto";

async function employerForClerk() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  const e = await prisma.employer.findUnique({ where: { slug: orgId }, select: { id: true } });
  if (!e) throw new Error("Unauthorized");
  return { userId, employerId: e.id };
}

const JobPost = type({ title: "string>2", body: "string>10", slug: /^[a-z0-9-]{3,60}$/ });

// ok: missing-auth, missing-input-validation
export async function createJobPost(input: unknown) {
  const { employerId } = await employerForClerk();
  const out = JobPost(input);
  if (out instanceof type.errors) return { error: out.summary };
  // ok: mass-assignment
  const post = await prisma.jobPost.create({ data: { ...out, employerId }, select: { id: true, slug: true } });
  revalidatePath("/hiring");
  return post;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateJobPost(postId: string, patch: Record<string, unknown>) {
  const { employerId } = await employerForClerk();
  const owned = await prisma.jobPost.findFirst({ where: { id: postId, employerId }, select: { id: true } });
  if (!owned) throw new Error("Not found");
  await prisma.jobPost.update({
    where: { id: owned.id },
    // ruleid: mass-assignment
    data: { ...patch },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function moveApplicant(applicantId: string, stage: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const p = z.object({ id: z.string().cuid(), stage: z.enum(["applied", "screen", "interview", "offer", "hired", "rejected"]) }).parse({ id: applicantId, stage });
  // ruleid: missing-authorization
  await prisma.applicant.update({ where: { id: p.id }, data: { stage: p.stage } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listApplicants(jobPostId: string) {
  const { employerId } = await employerForClerk();
  const id = z.string().cuid().parse(jobPostId);
  const rows = await prisma.applicant.findMany({ where: { jobPostId: id, employerId } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function scheduleInterview(applicantId: string, when: string) {
  const { userId, employerId } = await employerForClerk();
  const p = z.object({ applicantId: z.string().cuid(), when: z.string().datetime() }).parse({ applicantId, when });
  if (!(await ratelimit.limit(`interview-mail:${userId}`)).success) return { error: "Slow down" };
  // ok: missing-authorization
  const a = await prisma.applicant.findFirst({ where: { id: p.applicantId, employerId }, select: { email: true, name: true } });
  if (!a) return { error: "Not found" };
  await sendEmail(a.email, "Interview scheduled", `<p>Hi ${a.name}, see you on ${p.when}.</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendOfferLetter(applicantId: string, salary: number) {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  const { employerId } = await employerForClerk();
  const p = z.object({ applicantId: z.string().cuid(), salary: z.number().positive() }).parse({ applicantId, salary });
  const a = await prisma.applicant.findFirst({ where: { id: p.applicantId, employerId }, select: { id: true, email: true } });
  if (!a) return { error: "Not found" };
  const signToken = randomBytes(24).toString("hex");
  await prisma.offer.create({ data: { applicantId: a.id, employerId, salary: p.salary, signToken } });
  await sendEmail(a.email, "Your offer from Shiftwise", `<a href="${process.env.APP_URL}/offer/${signToken}">Review and sign</a>`);
  return { ok: true };
}

// Applicant signs from the e-mailed link (no account).
// ok: missing-input-validation
export async function signOffer(token: string, typedName: string) {
  if (typeof token !== "string" || typeof typedName !== "string" || typedName.length < 2) return { error: "Invalid" };
  const offer = await prisma.offer.findUnique({ where: { signToken: token }, select: { id: true, signToken: true, signedAt: true } });
  // ok: timing-unsafe-comparison
  if (!offer || offer.signedAt) return { error: "Offer not available" };
  await prisma.offer.update({ where: { id: offer.id }, data: { signedAt: new Date() } });
  return { ok: true };
}
