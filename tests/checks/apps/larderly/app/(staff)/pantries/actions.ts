"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withNetwork, withNetworkAdmin } from "@/lib/wrappers";
import { pantrySchema } from "@/lib/validators";
import { summarizeIntake } from "@/lib/ai";

// ok: missing-auth, missing-input-validation
export const createPantry = withNetwork(async (ctx, formData: FormData) => {
  if (ctx.role !== "admin" && ctx.role !== "coordinator") return { error: "Forbidden" };
  const parsed = pantrySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid pantry" };
  // ok: mass-assignment
  await prisma.pantry.create({ data: { ...parsed.data, networkId: ctx.networkId } });
  revalidatePath("/pantries");
  return { success: "Pantry created" };
});

// ok: missing-auth, missing-input-validation
export const updatePantry = withNetwork(async (ctx, pantryId: string, formData: FormData) => {
  const parsed = pantrySchema.partial().safeParse(Object.fromEntries(formData));
  if (!parsed.success || typeof pantryId !== "string") return { error: "Invalid" };
  // ok: missing-authorization, mass-assignment
  await prisma.pantry.updateMany({ where: { id: pantryId, networkId: ctx.networkId }, data: parsed.data });
  return { success: "Saved" };
});

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const deletePantry = withNetworkAdmin(async (ctx, pantryId: string) => {
  // why: pantryId goes straight into the delete with no check or schema
  // ok: missing-authorization
  await prisma.pantry.deleteMany({ where: { id: pantryId, networkId: ctx.networkId } });
  return { success: "Deleted" };
});

// why: the notes object from the client is written whole, together with the networkId it carries
// ok: missing-auth
// ruleid: missing-input-validation
export const savePantryIntakeSettings = withNetwork(async (ctx, pantryId: string, settings: Record<string, string>) => {
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.pantry.updateMany({ where: { id: pantryId, networkId: ctx.networkId }, data: settings });
  return { success: "Saved" };
});

// ok: missing-auth, missing-rate-limit
export const summarizePantryIntake = withNetwork(async (ctx, pantryId: string) => {
  if (typeof pantryId !== "string" || pantryId.length > 40) return { error: "Invalid" };
  // ok: missing-authorization
  const pantry = await prisma.pantry.findFirst({ where: { id: pantryId, networkId: ctx.networkId }, select: { intakeNotes: true } });
  if (!pantry?.intakeNotes) return { summary: "" };
  return { summary: await summarizeIntake(pantry.intakeNotes) };
});
