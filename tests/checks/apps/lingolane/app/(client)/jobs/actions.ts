"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOrg, withOrgOwner } from "@/lib/wrappers";
import { jobCreateSchema, jobUpdateSchema, id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const createJob = withOrg(async (formData, ctx) => {
  const parsed = jobCreateSchema.safeParse({
    title: formData.get("title"),
    sourceLang: formData.get("sourceLang"),
    targetLangs: formData.getAll("targetLangs"),
    deadline: formData.get("deadline") || undefined,
    budgetCents: formData.get("budgetCents") || undefined,
    instructions: formData.get("instructions") || undefined,
  });
  if (!parsed.success) return { error: "Please check the job details" };
  const job = await prisma.job.create({
    // ok: mass-assignment
    data: { ...parsed.data, orgId: ctx.orgId, createdById: ctx.user.id },
    select: { id: true },
  });
  revalidatePath("/jobs");
  return { id: job.id };
});

// ok: missing-auth, missing-input-validation
export const updateJob = withOrg(async (formData, ctx) => {
  const { jobId, ...changes } = jobUpdateSchema.parse({
    jobId: formData.get("jobId"),
    title: formData.get("title") ?? undefined,
    instructions: formData.get("instructions") ?? undefined,
    deadline: formData.get("deadline") || undefined,
  });
  await prisma.job.update({
    // ok: missing-authorization
    where: { id: jobId, orgId: ctx.orgId },
    // ok: mass-assignment
    data: changes,
  });
  revalidatePath(`/jobs/${jobId}`);
});

// ok: missing-auth, missing-input-validation
export const deleteJob = withOrg(async (formData, ctx) => {
  const jobId = id.parse(formData.get("jobId"));
  // ruleid: missing-authorization
  await prisma.job.delete({
    where: { id: jobId },
  });
  revalidatePath("/jobs");
});

// ok: missing-auth, missing-input-validation
export const archiveJobs = withOrg(async (formData, ctx) => {
  const ids = z.array(id).max(100).parse(formData.getAll("jobIds"));
  const { count } = await prisma.job.updateMany({
    // ok: missing-authorization
    where: { id: { in: ids }, orgId: ctx.orgId },
    data: { status: "archived" },
  });
  return { count };
});

// ok: missing-auth, missing-input-validation
export const acceptBid = withOrg(async (formData, ctx) => {
  const { jobId, bidId } = z.object({ jobId: id, bidId: id }).parse(Object.fromEntries(formData));
  const job = await prisma.job.findFirst({
    // ok: missing-authorization
    where: { id: jobId, orgId: ctx.orgId },
    select: { id: true },
  });
  if (!job) return { error: "Job not found" };
  // ruleid: missing-authorization
  const bid = await prisma.bid.update({
    where: { id: bidId },
    data: { status: "accepted" },
    select: { translatorId: true },
  });
  await prisma.job.update({
    // ok: missing-authorization
    where: { id: job.id },
    data: { assignedToId: bid.translatorId, status: "in_progress" },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const rejectBid = withOrg(async (formData, ctx) => {
  const bidId = id.parse(formData.get("bidId"));
  const { count } = await prisma.bid.updateMany({
    // ok: missing-authorization
    where: { id: bidId, job: { orgId: ctx.orgId } },
    data: { status: "rejected" },
  });
  return { count };
});

// ok: missing-auth, missing-input-validation
export const transferJobToOrg = withOrgOwner(async (formData, ctx) => {
  const { jobId, targetOrgId } = z.object({ jobId: id, targetOrgId: id }).parse(Object.fromEntries(formData));
  const targetMembership = await prisma.membership.findFirst({
    where: { orgId: targetOrgId, userId: ctx.user.id },
    select: { role: true },
  });
  await prisma.job.update({
    where: { id: jobId, orgId: ctx.orgId },
    // ruleid: missing-authorization -- (todoruleid until pass 27)
    // todoruleid: mass-assignment
    data: { orgId: targetOrgId },
  });
  return { moved: true, targetRole: targetMembership?.role ?? null };
});
