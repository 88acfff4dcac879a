"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession, requireRole } from "@/lib/dal";
import { canEditClaim } from "@/lib/guards";
import { canAccessClaim } from "@/lib/permissions";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail, sendSms } from "@/lib/notify";
import { prisma } from "@/lib/db";
import { ChatTranscript, connectMongo } from "@/lib/mongo/models";

const Body = z.object({ body: z.string().trim().min(1).max(4000) });

// Bound on the claim page: sendClaimantMessage.bind(null, claim.id)
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendClaimantMessage(claimId: string, _prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(claimId);
  const { body } = Body.parse({ body: formData.get("body") });
  // ok: floating-auth-check
  if (!(await canEditClaim(userId, id))) return { error: "Forbidden" };
  if (!(await checkRateLimit(`msg:${userId}`))) return { error: "Slow down" };
  const claim = await prisma.claim.findUnique({ where: { id }, select: { number: true, policyholderId: true } });
  const ph = await prisma.policyholder.findUnique({ where: { id: claim!.policyholderId }, select: { email: true } });
  // ok: mass-assignment
  await prisma.message.create({ data: { claimId: id, senderId: userId, body } });
  await sendEmail(ph!.email, `New message on claim ${claim!.number}`, "<p>Your adjuster sent you a message. Sign in to read it.</p>");
  revalidatePath(`/claims/${id}/messages`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendClaimantSms(claimId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireRole("owner", "admin", "claims_manager", "adjuster");
  const id = z.string().cuid().parse(claimId);
  const { body } = Body.extend({ body: z.string().trim().min(1).max(320) }).parse({ body: formData.get("body") });
  // ok: floating-auth-check
  if (!(await canAccessClaim(ctx.userId, id))) return { error: "Forbidden" };
  const claim = await prisma.claim.findUnique({ where: { id }, select: { policyholderId: true } });
  const ph = await prisma.policyholder.findUnique({ where: { id: claim!.policyholderId }, select: { phone: true } });
  if (!ph?.phone) return { error: "No phone number on file" };
  await sendSms(ph.phone, body);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getThread(claimId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(claimId);
  // ok: floating-auth-check
  const [allowed, messages] = await Promise.all([
    canAccessClaim(userId, id),
    prisma.message.findMany({ where: { claimId: id }, select: { id: true, senderId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  if (!allowed) throw new Error("Forbidden");
  // ok: excessive-data-exposure
  return messages;
}

// Chat transcripts from the old live-chat widget (Mongo)
// ok: missing-auth, missing-input-validation
export async function getChatTranscript(claimId: string) {
  const ctx = await requireRole("owner", "admin", "claims_manager", "adjuster", "auditor");
  const id = z.string().cuid().parse(claimId);
  await connectMongo();
  // ok: missing-authorization
  const transcript = await ChatTranscript.findOne({ claimId: id, tenantId: ctx.tenantId });
  // ruleid: excessive-data-exposure
  return transcript;
}
