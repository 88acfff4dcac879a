"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withPantry } from "@/lib/wrappers";
import { donationIntakeSchema } from "@/lib/validation/schemas";

// Bound in the page: recordDonation.bind(null, pantryId)
// ok: missing-auth, missing-input-validation
export const recordDonation = withPantry(async (formData, ctx) => {
  const data = donationIntakeSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  const lot = await prisma.lot.create({ data: { pantryId: ctx.pantryId, sku: `IN-${data.category}`, description: data.description, quantity: Math.round(data.weightKg) }, select: { id: true } });
  revalidatePath(`/dashboard/${ctx.pantryId}/intake`);
  return { lotId: lot.id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const voidIntake = withPantry(async (formData, ctx) => {
  const lotId = String(formData.get("lotId"));
  // ok: missing-authorization
  await prisma.lot.deleteMany({ where: { id: lotId, pantryId: ctx.pantryId } });
  revalidatePath(`/dashboard/${ctx.pantryId}/intake`);
});

// CSV import from the old spreadsheet workflow (rows arrive as JSON from the client-side parser)
// ok: missing-auth
// ruleid: missing-input-validation
export const bulkImportIntake = withPantry(async (formData, ctx) => {
  const rows = JSON.parse(String(formData.get("rows") ?? "[]")) as Array<Record<string, unknown>>;
  // ruleid: mass-assignment
  await prisma.lot.createMany({ data: rows.map((r) => ({ ...r, pantryId: ctx.pantryId })) as never });
  return { imported: rows.length };
});

const moveSchema = z.object({ lotId: z.string().cuid(), status: z.enum(["available", "reserved", "distributed"]) });

// ok: missing-auth, missing-input-validation
export const moveIntakeLot = withPantry(async (formData, ctx) => {
  const { lotId, status } = moveSchema.parse({ lotId: formData.get("lotId"), status: formData.get("status") });
  // ok: missing-authorization
  await prisma.lot.updateMany({ where: { id: lotId, pantryId: ctx.pantryId }, data: { status } });
});
