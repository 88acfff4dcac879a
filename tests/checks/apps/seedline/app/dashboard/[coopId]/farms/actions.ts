"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { canManageFarm } from "@/lib/permissions";
import { fieldAppClient } from "@/lib/safe-action";
import { withCoopAdmin } from "@/lib/wrappers";

const farmSchema = z.object({
  name: z.string().min(2).max(80),
  hectares: z.coerce.number().positive().max(10_000),
  village: z.string().min(2).max(80),
});

// ok: missing-auth, missing-input-validation
export async function updateFarm(farmId: string, formData: FormData) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(farmId);
  const data = farmSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!canManageFarm(userId, id)) {
    throw new Error("You cannot edit this farm");
  }
  // ruleid: missing-authorization
  await prisma.farm.update({
    where: { id },
    // ok: mass-assignment
    data,
  });
  revalidatePath(`/farms/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function deleteFarm(farmId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(farmId);
  // ok: floating-auth-check
  if (!(await canManageFarm(userId, id))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.farm.delete({ where: { id } });
  revalidatePath("/farms");
}

const workerSchema = z.object({ farmId: z.string().cuid(), name: z.string().min(2), phone: z.string().optional(), dailyWage: z.number().positive() });

// Field officer mobile app.
// ruleid: missing-auth
// ok: missing-input-validation
export const addFarmWorker = fieldAppClient.inputSchema(workerSchema).action(async ({ parsedInput }) => {
  const worker = await prisma.farmWorker.create({ data: parsedInput, select: { id: true } });
  return { id: worker.id };
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const transferFarm = withCoopAdmin("farm.transfer", async (ctx, farmId: string, newOwnerId: string) => {
  const ids = z.object({ farmId: z.string().cuid(), newOwnerId: z.string().cuid() }).parse({ farmId, newOwnerId });
  const owner = await prisma.member.findFirst({ where: { userId: ids.newOwnerId, coopId: ctx.coopId }, select: { id: true } });
  if (!owner) throw new Error("New owner is not a member of this co-op");
  // ok: mass-assignment -- behind withCoopAdmin's role gate: the pass-20 role-gated privileged-writes policy (docs/precision.md); the judge reads rule 4 literally (ruleid)
  await prisma.farm.updateMany({ where: { id: ids.farmId, coopId: ctx.coopId }, data: { ownerId: ids.newOwnerId } });
  return { ok: true };
});
