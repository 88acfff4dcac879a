"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { assertCoordinator, canManageGarden } from "@/lib/auth/guards";
import { withCoordinator } from "@/lib/wrappers";
import { toolSchema } from "@/lib/validation/schemas";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const addTool = withCoordinator(toolSchema, "tool.create", async (data, { gardenId }) => {
  // ok: mass-assignment
  const tool = await prisma.tool.create({ data: { ...data, gardenId } });
  return { id: tool.id };
});

// ok: missing-auth, missing-input-validation
export const updateTool = withCoordinator(toolSchema.extend({ toolId: z.string().cuid() }), "tool.update", async ({ toolId, ...fields }, { gardenId }) => {
  // ok: missing-authorization, mass-assignment
  await prisma.tool.update({ where: { id: toolId, gardenId }, data: fields });
  return { ok: true };
});

const retireSchema = z.object({ gardenId: z.string().cuid(), toolId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function retireTool(gardenId: string, toolId: string) {
  const { userId } = await requireMember();
  const input = retireSchema.parse({ gardenId, toolId });
  // ruleid: floating-auth-check
  if (!canManageGarden(userId, input.gardenId)) throw new Error("Coordinators only");
  // ruleid: missing-authorization
  await prisma.tool.delete({ where: { id: input.toolId } });
  await auditLog({ actorId: userId, action: "tool.retire", target: input.toolId });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function quickEditTool(formData: FormData) {
  const { userId } = await requireMember();
  const gardenId = String(formData.get("gardenId"));
  const toolId = String(formData.get("toolId"));
  await assertCoordinator(userId, gardenId);
  formData.delete("gardenId");
  formData.delete("toolId");
  // ok: missing-authorization
  await prisma.tool.update({
    where: { id: toolId, gardenId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  await auditLog({ actorId: userId, action: "tool.quick_edit", target: toolId });
}

// ok: missing-auth, missing-input-validation
export async function setToolLockCombo(gardenId: string, toolId: string, combo: string) {
  const { userId } = await requireMember();
  const input = retireSchema.extend({ combo: z.string().regex(/^\d{4}$/) }).parse({ gardenId, toolId, combo });
  if (!(await canManageGarden(userId, input.gardenId))) throw new Error("Coordinators only");
  // ok: missing-authorization
  await prisma.tool.update({ where: { id: input.toolId, gardenId: input.gardenId }, data: { lockCombo: input.combo } });
  await auditLog({ actorId: userId, action: "tool.lock_combo", target: input.toolId });
}
