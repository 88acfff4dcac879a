"use server";

import * as v from "valibot";
import { headers } from "next/headers";
import { requireUser, getCurrentUser } from "@/lib/auth/session";
import { isParentOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { WaiverSchema } from "@/lib/validators";

type WaiverState = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation
export async function signWaiver(_prev: WaiverState, formData: FormData): Promise<WaiverState> {
  const user = await requireUser();
  const result = v.safeParse(WaiverSchema, {
    playerId: formData.get("playerId"),
    signedName: formData.get("signedName"),
    accepted: formData.get("accepted") === "on",
  });
  if (!result.success) return { error: "Please complete the waiver" };
  // ok: floating-auth-check
  if (!(await isParentOf(user, result.output.playerId))) return { error: "Not your child" };
  const ip = (await headers()).get("x-forwarded-for") ?? null;
  // ok: mass-assignment, missing-authorization
  await prisma.waiver.create({ data: { playerId: result.output.playerId, parentId: user.id, signedName: result.output.signedName, signedIp: ip } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function quickSignWaiver(formData: FormData) {
  const session = await getCurrentUser();
  const data = v.parse(WaiverSchema, { playerId: formData.get("playerId"), signedName: formData.get("signedName"), accepted: true });
  await prisma.waiver.create({ data: { playerId: data.playerId, parentId: session?.id as string, signedName: data.signedName } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getWaiver(waiverId: string) {
  const user = await requireUser();
  const id = v.parse(v.pipe(v.string(), v.minLength(10), v.maxLength(40)), waiverId);
  // ruleid: missing-authorization
  const waiver = await prisma.waiver.findFirst({ where: { id }, select: { signedName: true, signedAt: true, playerId: true } });
  // ok: excessive-data-exposure
  return waiver;
}

// ok: missing-auth, missing-input-validation
export async function listMyWaivers() {
  const user = await requireUser();
  const rows = await prisma.waiver.findMany({ where: { parentId: user.id }, select: { id: true, playerId: true, signedAt: true } });
  // ok: excessive-data-exposure
  return rows.map((w) => ({ id: w.id, playerId: w.playerId, signedAt: w.signedAt.toISOString() }));
}

// ok: missing-auth, missing-input-validation
export async function revokeWaiver(waiverId: string) {
  const user = await requireUser();
  if (typeof waiverId !== "string" || waiverId.length < 10) throw new Error("Invalid waiver");
  // ok: missing-authorization
  const waiver = await prisma.waiver.findUnique({ where: { id: waiverId }, select: { parentId: true } });
  if (!waiver || waiver.parentId !== user.id) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.waiver.delete({ where: { id: waiverId } });
  return { ok: true };
}
