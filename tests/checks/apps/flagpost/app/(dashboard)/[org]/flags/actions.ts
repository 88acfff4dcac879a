"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOrg, withRole } from "@/lib/wrappers";
import { ForbiddenError } from "@/lib/errors";

const FlagKey = z.string().regex(/^[a-z0-9][a-z0-9-_.]{1,63}$/);

const CreateFlag = z.object({
  projectId: z.string().cuid(),
  key: FlagKey,
  name: z.string().min(1).max(120),
  description: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export const createFlag = withRole("editor", async (formData, ctx) => {
  const input = CreateFlag.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const project = await prisma.project.findFirst({
    where: { id: input.projectId, orgId: ctx.orgId },
    select: { id: true },
  });
  if (!project) throw new ForbiddenError();
  const flag = await prisma.flag.create({
    // ok: mass-assignment
    data: { ...input, createdById: ctx.userId },
    select: { id: true },
  });
  revalidatePath(`/flags`);
  return { id: flag.id };
});

const UpdateFlag = z.object({
  id: z.string().cuid(),
  name: z.string().min(1).max(120),
  description: z.string().max(500).optional(),
  rolloutPct: z.coerce.number().int().min(0).max(100),
});

// ok: missing-auth, missing-input-validation
export const updateFlag = withRole("editor", async (formData) => {
  const { id, ...changes } = UpdateFlag.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.flag.update({
    where: { id },
    // ok: mass-assignment
    data: changes,
  });
  revalidatePath(`/flags/${id}`);
  return { ok: true };
});

const Toggle = z.object({ id: z.string().cuid(), enabled: z.enum(["true", "false"]) });

// ok: missing-auth, missing-input-validation
export const toggleFlag = withRole("editor", async (formData, ctx) => {
  const { id, enabled } = Toggle.parse({ id: formData.get("id"), enabled: formData.get("enabled") });
  // ok: missing-authorization
  const { count } = await prisma.flag.updateMany({
    where: { id, project: { orgId: ctx.orgId } },
    data: { enabled: enabled === "true" },
  });
  if (count === 0) throw new ForbiddenError();
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteFlag = withRole("admin", async (formData, ctx) => {
  const id = z.string().cuid().parse(formData.get("id"));
  // ok: missing-authorization
  const flag = await prisma.flag.findUnique({ where: { id }, select: { project: { select: { orgId: true } } } });
  if (!flag || flag.project.orgId !== ctx.orgId) throw new ForbiddenError();
  // ok: missing-authorization
  await prisma.flag.delete({ where: { id } });
  revalidatePath("/flags");
});

// ok: missing-auth, missing-input-validation
export const archiveFlag = withOrg(async (formData, ctx) => {
  const id = z.string().cuid().parse(formData.get("id"));
  // ok: missing-authorization
  await prisma.flag.updateMany({ where: { id, project: { orgId: ctx.orgId } }, data: { archived: true } });
  revalidatePath("/flags");
});

type FlagPatch = { id: string; name?: string; enabled?: boolean; rolloutPct?: number };

/** Spreadsheet-style bulk editor. */
// ruleid: missing-input-validation
export const bulkUpdateFlags = withRole("editor", async (formData) => {
  const updates = JSON.parse(String(formData.get("updates"))) as FlagPatch[];
  for (const patch of updates) {
    // ruleid: missing-authorization
    await prisma.flag.update({
      where: { id: patch.id },
      // ruleid: mass-assignment
      data: patch,
    });
  }
  revalidatePath("/flags");
  return { updated: updates.length };
});
