"use server";

import { z } from "zod";
import { parentProcedure } from "@/lib/zsa";
import { requireUser } from "@/lib/auth/session";
import { isParentOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export const updateChild = parentProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().cuid(), data: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.player.updateMany({ where: { id: input.playerId, parentId: ctx.user.id }, data: input.data });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const renameChild = parentProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().cuid(), firstName: z.string().min(1).max(60), lastName: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    const { playerId, ...names } = input;
    // ok: missing-authorization, mass-assignment
    await prisma.player.updateMany({ where: { id: playerId, parentId: ctx.user.id }, data: names });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function getChild(playerId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(playerId);
  // ruleid: floating-auth-check
  if (!isParentOf(user, id)) return null;
  // ruleid: missing-authorization
  const child = await prisma.player.findUnique({ where: { id }, select: { firstName: true, lastName: true, medicalNotes: true, emergencyPhone: true } });
  // ok: excessive-data-exposure
  return child;
}

// ok: missing-auth, missing-input-validation
export async function getChildSafe(playerId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(playerId);
  // ok: floating-auth-check
  const mine = await isParentOf(user, id);
  if (!mine) return null;
  // ok: missing-authorization
  const child = await prisma.player.findUnique({ where: { id }, select: { firstName: true, lastName: true, medicalNotes: true, emergencyPhone: true } });
  // ok: excessive-data-exposure
  return child;
}

// ok: missing-auth, missing-input-validation
export async function listChildren() {
  const user = await requireUser();
  const kids = await prisma.player.findMany({ where: { parentId: user.id } });
  // ruleid: excessive-data-exposure
  return kids;
}
