"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { Complaint } from "@/models/Complaint";
import { requireStaff, verifySession } from "@/lib/dal";
import { isCaseOfficer } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/email";

// ok: missing-auth, missing-input-validation
export async function getCase(caseId: string) {
  const staff = await requireStaff(["CODE_OFFICER", "DEPARTMENT_HEAD", "AUDITOR"]);
  const id = z.string().cuid().parse(caseId);
  const found = await prisma.enforcementCase.findFirst({
    where: { id, municipalityId: staff.municipalityId },
    select: { id: true, address: true, status: true, fineTotal: true, anonymous: true, officerId: true },
  });
  // ok: excessive-data-exposure
  return found;
}

// Complainant identity is protected by state law; only the assigned officer should see it.
// ok: missing-auth, missing-input-validation
export async function revealComplainant(caseId: string) {
  await verifySession();
  const id = z.string().cuid().parse(caseId);
  // ruleid: floating-auth-check
  if (!isCaseOfficer(id)) {
    throw new Error("Only the assigned officer can view complainant details");
  }
  // ruleid: missing-authorization
  const c = await prisma.enforcementCase.findUnique({
    where: { id },
    select: { complainantName: true, complainantEmail: true, complainantPhone: true },
  });
  await auditLog({ action: "case.complainant_viewed", target: id });
  return c;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function issueNoticeOfViolation(caseId: string, formData: FormData) {
  const staff = await requireStaff(["CODE_OFFICER"]);
  const input = z
    .object({ id: z.string().cuid(), code: z.string().max(40), fine: z.coerce.number().min(0).max(100000) })
    .parse({ id: caseId, code: formData.get("code"), fine: formData.get("fine") });
  // ok: floating-auth-check
  const officer = await isCaseOfficer(input.id);
  if (!officer) throw new Error("Not your case");
  // ok: missing-authorization
  await prisma.enforcementCase.update({
    where: { id: input.id },
    data: { status: "NOV_ISSUED", fineTotal: { increment: input.fine } },
  });
  await auditLog({ action: "case.nov", actorId: staff.userId, municipalityId: staff.municipalityId, target: input.id });
  revalidatePath(`/staff/enforcement/${input.id}`);
}

// ok: missing-auth, missing-input-validation
export async function recordLien(caseId: string, amount: string) {
  const staff = await requireStaff(["CODE_OFFICER", "DEPARTMENT_HEAD"]);
  const parsed = z.object({ caseId: z.string().cuid(), amount: z.coerce.number().positive() }).parse({ caseId, amount });
  // ruleid: floating-auth-check
  const assigned = isCaseOfficer(parsed.caseId);
  if (!assigned && staff.role !== "DEPARTMENT_HEAD") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.lien.create({ data: { caseId: parsed.caseId, amount: parsed.amount, recordedAt: new Date() } });
  logger.info("lien.recorded", { caseId: parsed.caseId, by: staff.userId });
}

// ok: missing-auth, missing-input-validation
export async function listComplaintsForParcel(parcelId: string) {
  const staff = await requireStaff(["CODE_OFFICER", "DEPARTMENT_HEAD"]);
  const pid = z.string().regex(/^[0-9-]{6,20}$/).parse(parcelId);
  await connectMongo();
  const docs = await Complaint.find({ municipalityId: staff.municipalityId, address: { $regex: pid } }).lean();
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function listComplaintsRedacted(status: string) {
  const staff = await requireStaff(["CODE_OFFICER", "DEPARTMENT_HEAD", "VIEWER"]);
  const s = z.enum(["new", "triaged", "closed"]).parse(status);
  await connectMongo();
  const docs = await Complaint.find({ municipalityId: staff.municipalityId, status: s })
    .select("address category status createdAt")
    .lean();
  // ok: excessive-data-exposure
  return docs;
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function emailComplainantUpdate(caseId: string, message: string) {
  const staff = await requireStaff(["CODE_OFFICER"]);
  const input = z.object({ caseId: z.string().cuid(), message: z.string().min(1).max(2000) }).parse({ caseId, message });
  const c = await prisma.enforcementCase.findFirst({
    where: { id: input.caseId, municipalityId: staff.municipalityId, officerId: staff.userId },
    select: { complainantEmail: true, anonymous: true },
  });
  if (!c?.complainantEmail || c.anonymous) return { sent: false };
  await sendEmail(c.complainantEmail, "Update on your code enforcement report", input.message);
  return { sent: true };
}

// ok: missing-auth, missing-input-validation
export async function closeCase(formData: FormData) {
  const staff = await requireStaff(["CODE_OFFICER", "DEPARTMENT_HEAD"]);
  const id = z.string().cuid().parse(formData.get("caseId"));
  try {
    // ok: missing-authorization
    await prisma.enforcementCase.update({ where: { id, municipalityId: staff.municipalityId }, data: { status: "CLOSED" } });
    return { ok: true };
  } catch (e) {
    logger.error("case.close_failed", { id, err: String(e) });
    // ruleid: information-disclosure
    return { ok: false, error: `Could not close case: ${String(e)}` };
  }
}
