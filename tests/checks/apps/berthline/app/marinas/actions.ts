"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { withManager, withMarina } from "@/lib/with-marina";
import { auditLog } from "@/lib/audit";

const SettingsSchema = z.object({
  name: z.string().min(2).max(80),
  vhfChannel: z.coerce.number().int().min(1).max(88).optional(),
  isPublic: z.coerce.boolean(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateMarinaSettings = withManager(async (formData, ctx) => {
  const parsed = SettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid settings." };
  // ok: missing-authorization, mass-assignment
  await prisma.marina.update({ where: { id: ctx.marinaId }, data: parsed.data });
  await auditLog({ actorId: ctx.userId, action: "marina.settings", target: ctx.marinaId });
  revalidatePath("/marina/settings");
  return { done: true };
});

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const updateMarinaProfile = withManager(async (formData, ctx) => {
  const fields = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.marina.update({ where: { id: ctx.marinaId }, data: fields });
  await auditLog({ actorId: ctx.userId, action: "marina.profile", target: ctx.marinaId });
  return { done: true };
});

// ok: missing-auth
export const currentMarina = withMarina(async (_formData, ctx) => {
  const marina = await prisma.marina.findUnique({ where: { id: ctx.marinaId }, select: { id: true, name: true, slug: true, vhfChannel: true } });
  // ok: excessive-data-exposure
  return { marina, role: ctx.role };
});
