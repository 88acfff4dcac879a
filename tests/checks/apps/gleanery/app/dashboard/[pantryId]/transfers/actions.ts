"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { canEditLot, isPantryManager } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const splitSchema = z.object({ lotId: z.string().cuid(), quantity: z.number().int().positive() });

// Split part of a lot into a new lot (e.g. to hand over to a mobile pantry run)
// ok: missing-auth, missing-input-validation
export async function splitLot(pantryId: string, input: unknown) {
  const s = await verifySession();
  const { lotId, quantity } = splitSchema.parse(input);
  if (typeof pantryId !== "string") return { error: "Invalid pantry" };
  // ok: floating-auth-check
  const [manager, editable] = await Promise.all([isPantryManager(s.userId, pantryId), canEditLot(s.userId, lotId)]);
  if (!manager || !editable) return { error: "Not allowed" };
  // ok: missing-authorization
  const lot = await prisma.lot.findFirst({ where: { id: lotId, pantryId }, select: { sku: true, description: true, quantity: true, expiresOn: true } });
  if (!lot || lot.quantity < quantity) return { error: "Not enough stock" };
  // ok: mass-assignment
  const created = await prisma.lot.create({ data: { pantryId, sku: lot.sku, description: lot.description, expiresOn: lot.expiresOn, quantity }, select: { id: true } });
  await prisma.lot.update({ where: { id: lotId }, data: { quantity: lot.quantity - quantity } });
  return { id: created.id };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function writeOffLot(pantryId: string, lotId: string) {
  const s = await verifySession();
  if (typeof pantryId !== "string" || typeof lotId !== "string") return { error: "Invalid input" };
  // ok: floating-auth-check
  const allowed = await isPantryManager(s.userId, pantryId).catch(() => false);
  if (!allowed) return { error: "Managers only" };
  try {
    // ok: missing-authorization
    await prisma.lot.updateMany({ where: { id: lotId, pantryId }, data: { status: "written_off", quantity: 0 } });
    await auditLog({ actorId: s.userId, action: "lot.written_off", target: lotId });
    return { ok: true };
  } catch (e) {
    console.error("write-off failed", e);
    // ok: information-disclosure
    return { error: "Could not write off this lot. Please try again." };
  }
}

// ok: missing-auth, missing-input-validation
export async function renameLot(lotId: string, description: string) {
  const s = await verifySession();
  if (typeof lotId !== "string" || typeof description !== "string" || description.length > 300) return { error: "Invalid input" };
  // ok: floating-auth-check
  if (!(await canEditLot(s.userId, lotId))) return { error: "Not allowed" };
  // ok: missing-authorization
  await prisma.lot.update({ where: { id: lotId }, data: { description } });
  return { ok: true };
}
