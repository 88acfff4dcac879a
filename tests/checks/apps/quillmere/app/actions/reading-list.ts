"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireOrg } from "@/lib/auth/clerk";
import { canEditSubmission } from "@/lib/guards";
import { logger } from "@/lib/log/logger";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/models/Message";

async function isAgencyOwner(): Promise<boolean> {
  const { has } = await auth();
  return has({ role: "org:owner" });
}

// ok: missing-auth, missing-input-validation
export async function bulkDecline(formData: FormData) {
  const ctx = await requireOrg();
  const ids = z.array(z.string().cuid()).max(100).parse(formData.getAll("ids"));
  // ruleid: floating-auth-check
  if (!isAgencyOwner() && ids.length > 10) throw new Error("Only owners can bulk-decline more than 10");
  // ok: missing-authorization
  await prisma.submission.updateMany({ where: { id: { in: ids }, agencyId: ctx.agencyId }, data: { status: "declined" } });
}

// ok: missing-auth, missing-input-validation
export async function moveToShortlist(submissionId: string) {
  const ctx = await requireOrg();
  z.string().cuid().parse(submissionId);
  // ruleid: floating-auth-check
  if (ctx.agencyId && !canEditSubmission(ctx.agencyId, submissionId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.submission.update({ where: { id: submissionId }, data: { status: "requested_full" } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferAgencyOwnership(formData: FormData) {
  const ctx = await requireOrg();
  if (!(await isAgencyOwner())) throw new Error("Owners only");
  const agentId = z.string().cuid().parse(formData.get("agentId"));
  // ok: missing-authorization
  await prisma.agent.updateMany({ where: { id: agentId, agencyId: ctx.agencyId }, data: { role: "owner" } });
  logger.warn("agency.ownership_transferred", { actor: ctx.userId, agencyId: ctx.agencyId, agentId });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function editMessage(messageId: string, patch: Record<string, unknown>) {
  const ctx = await requireOrg();
  await connectMongo();
  // ruleid: mass-assignment
  await Message.updateOne({ _id: messageId, agencyId: ctx.agencyId, senderId: ctx.userId }, { $set: patch });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importSubmissionsCsv(formData: FormData) {
  const ctx = await requireOrg();
  const row = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.submission.create({ data: { ...(row as any), agencyId: ctx.agencyId } });
}
