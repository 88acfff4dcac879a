"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { members } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { boardClient, memberClient } from "@/lib/safe-action";
import { requireBoard, requireMember } from "@/lib/auth/guards";
import { memberPatchSchema, profileSchema } from "@/lib/validators";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setMemberRole = boardClient
  .metadata({ name: "member.role" })
  .schema(z.object({ userId: z.string().cuid(), role: z.enum(["member", "board", "treasurer"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.user.updateMany({ where: { id: parsedInput.userId, coopId: ctx.coopId }, data: { role: parsedInput.role } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToTreasurer(userId: string) {
  const ctx = await requireBoard();
  z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.updateMany({ where: { id: userId, coopId: ctx.coopId }, data: { role: "treasurer" } });
  revalidatePath("/board/members");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeMember(memberId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(memberId);
  // ok: missing-authorization
  await db.update(members).set({ status: "left" }).where(and(eq(members.id, memberId), eq(members.coopId, ctx.coopId)));
  logger.warn("member.removed", { actorId: ctx.userId, memberId, coopId: ctx.coopId });
}

// ok: missing-auth, missing-input-validation
export const updateMyProfile = memberClient
  .metadata({ name: "member.profile" })
  .schema(profileSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await db.update(members).set(parsedInput).where(and(eq(members.userId, ctx.userId), eq(members.coopId, ctx.coopId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const selfServicePatch = memberClient
  .metadata({ name: "member.patch" })
  .schema(memberPatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: mass-assignment
    await db.update(members).set(parsedInput).where(and(eq(members.userId, ctx.userId), eq(members.coopId, ctx.coopId)));
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMemberNotes(memberId: string, patch: Record<string, unknown>) {
  const ctx = await requireBoard();
  // ruleid: mass-assignment
  await db.update(members).set(patch).where(and(eq(members.id, memberId), eq(members.coopId, ctx.coopId)));
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "member.patched", target: memberId });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateDisplayName(formData: FormData, providedUserId?: string) {
  const ctx = await requireMember();
  const displayName = z.string().min(1).max(80).parse(formData.get("displayName"));
  const userId = providedUserId ?? ctx.userId;
  // ruleid: missing-authorization
  await db.update(members).set({ displayName }).where(eq(members.userId, userId));
}

// ok: missing-auth, missing-input-validation
export async function memberCard(memberId: string) {
  const ctx = await requireMember();
  z.string().uuid().parse(memberId);
  // ok: missing-authorization
  const [m] = await db.select().from(members).where(and(eq(members.id, memberId), eq(members.coopId, ctx.coopId)));
  // ok: excessive-data-exposure
  return m ? { id: m.id, displayName: m.displayName, status: m.status } : null;
}

// ok: missing-auth, missing-input-validation
export async function memberRecord(memberId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(memberId);
  // ok: missing-authorization
  const [m] = await db.select().from(members).where(and(eq(members.id, memberId), eq(members.coopId, ctx.coopId)));
  // ruleid: excessive-data-exposure
  return m;
}
