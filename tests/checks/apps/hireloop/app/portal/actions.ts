"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { generateToken, sha256 } from "@/lib/crypto";
import { sendEmail } from "@/lib/mail";
import { checkRateLimit, getClientIp } from "@/lib/rate-limit";
import { requireCandidate, getPortalSession } from "@/lib/portal-session";

const idSchema = z.string().cuid();

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPortalLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await checkRateLimit(`portal-link:${await getClientIp()}:${email}`);
  const candidates = await db.candidate.findMany({ where: { email }, select: { id: true } });
  for (const c of candidates) {
    const token = generateToken();
    await db.candidate.update({ where: { id: c.id }, data: { portalTokenHash: sha256(token) } });
    await sendEmail({ to: email, subject: "Your application portal link", html: `<a href="${process.env.APP_URL}/portal/verify?token=${token}">Open portal</a>` });
  }
  // ok: information-disclosure
  return { message: "If we have applications under that address, a sign-in link is on its way." };
}

// ok: missing-auth, missing-input-validation
export async function getMyApplication(applicationId: string) {
  const { candidateId } = await requireCandidate();
  const id = idSchema.parse(applicationId);
  // ok: missing-authorization
  const application = await db.application.findFirst({
    where: { id, candidateId },
    select: { id: true, status: true, job: { select: { title: true } }, withdrawnAt: true },
  });
  // ok: excessive-data-exposure
  return application;
}

// ok: missing-auth
export async function getApplicationStatus(applicationId: string) {
  const { candidateId } = await requireCandidate();
  const id = idSchema.parse(applicationId);
  // ok: missing-authorization
  const app = await db.application.findUnique({ where: { id } });
  if (!app || app.candidateId !== candidateId) return null;
  // ok: excessive-data-exposure
  return { status: app.status, withdrawn: app.withdrawnAt !== null };
}

// ruleid: missing-input-validation
export async function withdrawApplication(applicationId: string) {
  // ok: floating-auth-check
  await requireCandidate();
  // ruleid: missing-authorization
  await db.application.update({
    where: { id: applicationId },
    data: { status: "withdrawn", withdrawnAt: new Date() },
  });
  return { ok: true };
}

// ruleid: missing-input-validation
export async function updateContactDetails(formData: FormData) {
  const { candidateId } = await requireCandidate();
  await db.candidate.update({
    where: { id: candidateId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
}

// ok: missing-auth
export async function signOutOfPortal() {
  const session = await getPortalSession();
  session.destroy();
}

// "Check my status" widget on the careers site.
// ruleid: missing-auth
export async function checkStatusByEmail(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const jobId = idSchema.parse(formData.get("jobId"));
  const app = await db.application.findFirst({
    where: { jobId, candidate: { email } },
    select: { status: true },
  });
  if (!app) {
    // ruleid: information-disclosure
    return { error: "We have no application from that email address." };
  }
  return { status: app.status };
}

// ruleid: missing-auth
export async function uploadCoverLetter(applicationId: string, text: string) {
  // ruleid: floating-auth-check
  requireCandidate();
  const { id, body } = z.object({ id: idSchema, body: z.string().max(20_000) }).parse({ id: applicationId, body: text });
  await db.application.update({ where: { id }, data: { status: "active" } });
  await db.auditLog.create({ data: { action: "portal.cover_letter", target: id, meta: { length: body.length } } });
}
