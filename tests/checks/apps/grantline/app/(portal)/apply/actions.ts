"use server";

import * as yup from "yup";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { canEditApplication, isOrgMember } from "@/lib/permissions";
import { signedUploadUrl } from "@/lib/storage";

const draftSchema = yup.object({
  cycleId: yup.string().required().max(40),
  orgId: yup.string().required().max(40),
  title: yup.string().required().min(3).max(200),
});

// ok: missing-auth, missing-input-validation
export async function createDraft(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const input = await draftSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  if (!(await isOrgMember(user.id, input.orgId))) throw new Error("Not a member of that organisation");
  const cycle = await prisma.cycle.findUnique({ where: { id: input.cycleId }, select: { program: { select: { foundationId: true } } } });
  if (!cycle) throw new Error("Cycle closed");
  const app = await prisma.application.create({
    data: {
      title: input.title,
      cycleId: input.cycleId,
      // ok: missing-authorization
      orgId: input.orgId,
      foundationId: cycle.program.foundationId,
      createdById: user.id,
    },
    select: { id: true },
  });
  redirect(`/portal/apply/${app.id}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveDraft(applicationId: string, _prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Signed out" };
  // ruleid: floating-auth-check
  if (!canEditApplication(user.id, applicationId)) return { error: "You can't edit this application." };
  const narrative = JSON.parse(String(formData.get("narrative") ?? "{}"));
  // ruleid: missing-authorization
  await prisma.application.update({ where: { id: applicationId }, data: { narrative, title: String(formData.get("title")) } });
  return { saved: new Date().toISOString() };
}

// ok: missing-auth, missing-input-validation
export async function submitApplication(applicationId: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const id = z.string().cuid().parse(applicationId);
  // ok: floating-auth-check
  const allowed = await canEditApplication(user.id, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.application.update({ where: { id }, data: { status: "submitted", submittedAt: new Date() } });
  revalidatePath("/portal");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateBudget(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = String(formData.get("applicationId"));
  // ok: missing-authorization
  await prisma.application.updateMany({
    where: { id, createdById: user.id, status: "draft" },
    // ruleid: mass-assignment
    data: { ...Object.fromEntries(formData), budget: JSON.parse(String(formData.get("budget"))) },
  });
}

// ok: missing-auth, missing-input-validation
export async function requestAttachmentUpload(applicationId: string, fileName: string, contentType: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const input = z
    .object({ applicationId: z.string().cuid(), fileName: z.string().max(200), contentType: z.enum(["application/pdf", "image/png", "image/jpeg"]) })
    .parse({ applicationId, fileName, contentType });
  // ok: floating-auth-check
  if (!(await canEditApplication(user.id, input.applicationId))) throw new Error("Forbidden");
  const key = `applications/${input.applicationId}/${crypto.randomUUID()}`;
  // ok: missing-authorization
  await prisma.attachment.create({ data: { applicationId: input.applicationId, storageKey: key, fileName: input.fileName } });
  return { url: await signedUploadUrl(key, input.contentType) };
}

// ok: missing-auth, missing-input-validation
export async function deleteAttachment(attachmentId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(attachmentId);
  // ruleid: missing-authorization
  await prisma.attachment.delete({ where: { id } });
  revalidatePath("/portal");
}

async function ensureApplicant(userId: string, applicationId: string) {
  const app = await prisma.application.findUnique({ where: { id: applicationId }, select: { createdById: true } });
  if (app?.createdById !== userId) throw new Error("Forbidden");
}

// ok: missing-auth, missing-input-validation
export async function withdrawApplication(applicationId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(applicationId);
  // ruleid: floating-auth-check
  ensureApplicant(user.id, id);
  // ruleid: missing-authorization
  await prisma.application.update({ where: { id }, data: { status: "withdrawn" } });
}

// ok: missing-auth, missing-input-validation
export async function getMyApplication(applicationId: string) {
  const { user } = await validateRequest();
  if (!user) return null;
  const id = z.string().cuid().parse(applicationId);
  // ok: missing-authorization
  const app = await prisma.application.findFirst({ where: { id, createdById: user.id } });
  // ruleid: excessive-data-exposure
  return app;
}

// ok: missing-auth
export async function listMyApplications() {
  const { user } = await validateRequest();
  if (!user) return [];
  const apps = await prisma.application.findMany({
    where: { createdById: user.id },
    select: { id: true, title: true, status: true, submittedAt: true },
  });
  // ok: excessive-data-exposure
  return apps.map((a) => ({ ...a, submittedAt: a.submittedAt?.toISOString() ?? null }));
}
