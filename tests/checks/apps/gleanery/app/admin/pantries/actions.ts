"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";
import { pantryAdminSchema } from "@/lib/validation/yup";
import { adminActionClient } from "@/lib/safe-action";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createPantry(formData: FormData) {
  const { userId } = await requireNetworkAdmin();
  const data = await pantryAdminSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const slug = data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  // ok: mass-assignment
  const pantry = await prisma.pantry.create({ data: { ...data, slug }, select: { id: true } });
  await auditLog({ actorId: userId, action: "pantry.created", target: pantry.id });
  revalidatePath("/admin/pantries");
  return pantry;
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function updatePantry(pantryId: string, formData: FormData) {
  await requireNetworkAdmin();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.pantry.update({ where: { id: pantryId }, data: Object.fromEntries(formData) });
  revalidatePath("/admin/pantries");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const archivePantry = adminActionClient
  .metadata({ actionName: "pantry.archive" })
  .schema(z.object({ pantryId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.pantry.update({ where: { id: parsedInput.pantryId }, data: { isPublic: false } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function getPantryAdminView(pantryId: string) {
  await requireNetworkAdmin();
  if (typeof pantryId !== "string") throw new Error("Invalid id");
  // ok: missing-authorization
  const pantry = await prisma.pantry.findUnique({ where: { id: pantryId }, select: { id: true, name: true, address: true, hours: true, isPublic: true, internalNotes: true } });
  // ok: excessive-data-exposure
  return pantry;
}
