"use server";

import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { permitDraftSchema } from "@/lib/validation/permits";
import { canEditPermit } from "@/lib/permissions";
import { logger } from "@/lib/logger";

function nextNumber() {
  return `APP-${Date.now().toString(36).toUpperCase()}`;
}

// ok: missing-auth, missing-input-validation
export async function startApplication(_prev: unknown, formData: FormData) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const parsed = permitDraftSchema.extend({ municipalityId: z.string().cuid() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  const permit = await prisma.permit.create({
    data: {
      // ok: mass-assignment
      ...parsed.data,
      applicantId: userId,
      number: nextNumber(),
    },
    select: { id: true },
  });
  redirect(`/applications/${permit.id}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateApplication(permitId: string, formData: FormData) {
  const { userId } = await auth.protect();
  const patch = Object.fromEntries(formData);
  // ok: missing-authorization
  await prisma.permit.update({
    where: { id: permitId, applicantId: userId, status: "DRAFT" },
    // ruleid: mass-assignment
    data: patch,
  });
  revalidatePath(`/applications/${permitId}`);
}

// ok: missing-auth, missing-input-validation
export async function submitApplication(permitId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(permitId);
  // ruleid: floating-auth-check
  if (!canEditPermit(userId, id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.permit.update({ where: { id }, data: { status: "SUBMITTED" } });
  logger.info("permit.submitted", { id, userId });
}

// ok: missing-auth, missing-input-validation
export async function deleteDraft(permitId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(permitId);
  // ok: floating-auth-check
  const allowed = await canEditPermit(userId, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.permit.delete({ where: { id, status: "DRAFT" } });
  revalidatePath("/applications");
}

// ok: missing-auth, missing-input-validation
export async function getApplication(permitId: string) {
  const { userId } = await auth();
  if (!userId) return null;
  const id = z.string().cuid().parse(permitId);
  // ruleid: missing-authorization
  const permit = await prisma.permit.findUnique({
    where: { id },
    select: { id: true, number: true, status: true, address: true, description: true, valuation: true, applicantId: true },
  });
  // ok: excessive-data-exposure
  return permit;
}

// ok: missing-auth, missing-input-validation
export async function myApplications() {
  const { userId } = await auth();
  if (!userId) return [];
  const permits = await prisma.permit.findMany({ where: { applicantId: userId }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return permits;
}

// Transfer an application to a contractor company (applicant chooses the contractor).
// ok: missing-auth, missing-input-validation
export async function assignContractor(permitId: string, contractorId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const input = z.object({ permitId: z.string().cuid(), contractorId: z.string().cuid() }).parse({ permitId, contractorId });
  const permit = await prisma.permit.findUnique({ where: { id: input.permitId }, select: { applicantId: true } });
  if (!permit || permit.applicantId !== userId) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.permit.update({ where: { id: input.permitId }, data: { contractorId: input.contractorId } });
}

// Contractor office staff file on behalf of a homeowner.
// ok: missing-auth
// ruleid: missing-input-validation
export async function fileOnBehalf(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const permit = await prisma.permit.create({
    data: {
      municipalityId: String(formData.get("municipalityId")),
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      applicantId: String(formData.get("homeownerId")),
      contractorId: String(formData.get("contractorId")),
      type: String(formData.get("type")),
      address: String(formData.get("address")),
      description: String(formData.get("description")),
      number: nextNumber(),
    },
    select: { id: true },
  });
  return { id: permit.id };
}
