"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/dal";
import { withOrg } from "@/lib/with-org";
import { assertOwner, hasRole, canManageJob } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ruleid: missing-input-validation
export async function updateCompanySettings(body: Record<string, unknown>) {
  const viewer = await getViewer();
  // ok: floating-auth-check
  if (!hasRole(viewer, ["owner", "admin"])) throw new Error("Forbidden");
  const { id: _ignored, ...rest } = body;
  try {
    await db.company.update({
      where: { id: viewer.companyId },
      // ruleid: mass-assignment
      data: rest,
    });
    return { ok: true };
  } catch (err) {
    logger.error({ err }, "company update failed");
    // ruleid: information-disclosure
    return { ok: false, error: err };
  }
}

const Branding = z.object({ name: z.string().min(2).max(120), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) }).strict();

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateCompanyBranding = withOrg(async (viewer, input: unknown) => {
  // ok: floating-auth-check
  await assertOwner(viewer);
  const data = Branding.parse(input);
  try {
    // ok: mass-assignment
    await db.company.update({ where: { id: viewer.companyId }, data });
  } catch (e) {
    // ok: information-disclosure
    throw new Error(`Could not save branding: ${(e as Error).message}`);
  }
});

// ruleid: missing-audit-log
export const deleteCompany = withOrg(async (viewer, confirmation: unknown) => {
  // ruleid: floating-auth-check
  assertOwner(viewer);
  const slug = z.string().parse(confirmation);
  const company = await db.company.findUniqueOrThrow({ where: { id: viewer.companyId }, select: { slug: true } });
  if (slug !== company.slug) return { error: "Type the company slug to confirm" };
  await db.company.delete({ where: { id: viewer.companyId } });
  redirect("/goodbye");
});

// ok: missing-auth, missing-input-validation
export const setHiringManager = withOrg(async (viewer, input: unknown) => {
  const { jobId, userId } = z.object({ jobId: z.string().cuid(), userId: z.string().cuid() }).parse(input);
  // ruleid: floating-auth-check
  if (canManageJob(viewer, jobId) === false) {
    return { error: "Forbidden" };
  }
  // ok: missing-authorization
  await db.job.updateMany({ where: { id: jobId, companyId: viewer.companyId }, data: { hiringManagerId: userId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const closeJob = withOrg(async (viewer, jobId: unknown) => {
  const id = z.string().cuid().parse(jobId);
  // ok: floating-auth-check
  return canManageJob(viewer, id).then(async (allowed) => {
    if (!allowed) return { error: "Forbidden" };
    // ok: missing-authorization
    await db.job.update({ where: { id }, data: { status: "closed" } });
    await auditLog({ action: "job.closed", actorId: viewer.userId, companyId: viewer.companyId, target: id });
    return { ok: true };
  });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const archiveJobs = withOrg(async (viewer, ids: unknown) => {
  const jobIds = z.array(z.string().cuid()).max(100).parse(ids);
  // ok: floating-auth-check
  const checks = await Promise.all(jobIds.map((id) => canManageJob(viewer, id)));
  const allowed = jobIds.filter((_, i) => checks[i]);
  // ok: missing-authorization
  await db.job.updateMany({ where: { id: { in: allowed }, companyId: viewer.companyId }, data: { status: "archived" } });
  return { archived: allowed.length };
});

// ok: missing-auth, missing-input-validation
export const reopenJob = withOrg(async (viewer, jobId: unknown) => {
  const id = z.string().cuid().parse(jobId);
  // ruleid: floating-auth-check
  if (!canManageJob(viewer, id)) {
    // ok: information-disclosure
    return { error: "Forbidden" };
  }
  // ruleid: missing-authorization
  await db.job.update({ where: { id }, data: { status: "published" } });
  return { ok: true };
});

const JoinSchema = z.object({ slug: z.string().min(3), role: z.enum(["recruiter", "hiring_manager", "interviewer", "admin"]) });

// ok: missing-auth, missing-input-validation
export async function requestToJoinCompany(formData: FormData) {
  const viewer = await getViewer();
  const { slug, role } = JoinSchema.parse(Object.fromEntries(formData));
  const company = await db.company.findUnique({ where: { slug }, select: { id: true } });
  if (!company) return { error: "Company not found" };
  await db.membership.create({
    // ruleid: mass-assignment, missing-authorization
    data: { userId: viewer.userId, companyId: company.id, role },
  });
  await auditLog({ action: "team.joined", actorId: viewer.userId, companyId: company.id });
  return { ok: true };
}
