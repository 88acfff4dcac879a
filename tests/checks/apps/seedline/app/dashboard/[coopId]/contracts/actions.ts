"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { requireCoopMember } from "@/lib/permissions";
import { validatedActionWithUser } from "@/lib/wrappers";

const contractSchema = z.object({
  coopId: z.string().cuid(),
  buyerId: z.string().cuid(),
  crop: z.string().min(2),
  volumeKg: z.coerce.number().int().positive(),
  pricePerKg: z.coerce.number().positive(),
});

// ok: missing-auth, missing-input-validation, mass-assignment
export const createContract = validatedActionWithUser(contractSchema, async (data) => {
  const ctx = await requireCoopMember(data.coopId, ["OWNER", "ADMIN"]);
  // ok: missing-authorization
  await prisma.contract.create({ data: { ...data, coopId: ctx.coopId } });
  return { success: "Contract drafted" };
});

// ok: missing-auth, missing-input-validation
export const signContract = validatedActionWithUser(z.object({ contractId: z.string().cuid() }), async (data, _formData, user) => {
  // ruleid: missing-authorization
  await prisma.contract.update({
    where: { id: data.contractId },
    data: { status: "SIGNED", signedAt: new Date() },
  });
  console.log("contract signed by", user.userId);
  return { success: "Signed" };
});

// Used by the contract preview popover.
// ruleid: missing-auth
// ok: missing-input-validation
export async function getContractSummary(contractId: string) {
  const session = await getOptionalSession();
  const id = z.string().cuid().parse(contractId);
  const contract = await prisma.contract.findFirst({
    where: { id },
    select: { crop: true, volumeKg: true, pricePerKg: true, status: true, buyerId: true },
  });
  // ok: excessive-data-exposure
  return { contract, viewer: session?.userId ?? null };
}

// ok: missing-auth, missing-input-validation
export async function cancelContract(coopId: string, contractId: string) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(contractId);
  // ok: missing-authorization
  const existing = await prisma.contract.findFirst({ where: { id }, select: { coopId: true, status: true } });
  if (!existing || existing.coopId !== ctx.coopId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.contract.update({ where: { id }, data: { status: "CANCELLED" } });
}
