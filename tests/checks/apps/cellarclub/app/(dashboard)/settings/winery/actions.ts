"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOwnerAudit, withWinery } from "@/lib/wrappers";
import { isWineryOwner } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { logger } from "@/lib/audit";

const SettingsSchema = z.object({ name: z.string().min(2).max(80), slug: z.string().regex(/^[a-z0-9-]+$/) });

// ok: missing-auth, missing-input-validation
export const updateWinerySettings = withOwnerAudit("winery_settings_updated", async (formData, ctx) => {
  const parsed = SettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid settings" };
  try {
    // ok: mass-assignment, missing-authorization
    await prisma.winery.update({ where: { id: ctx.wineryId }, data: parsed.data, select: { id: true } });
  } catch (e) {
    logger.error({ err: e }, "settings update failed");
    // ok: information-disclosure
    return { error: "That URL is already taken." };
  }
  revalidatePath("/settings/winery");
  return { success: true };
});

const BrandingSchema = z.object({ name: z.string().min(2).max(80), plan: z.enum(["starter", "estate", "enterprise"]).optional() });

// ok: missing-auth, missing-input-validation
export const updateBranding = withWinery(async (formData, ctx) => {
  if (ctx.role !== "OWNER" && ctx.role !== "CLUB_MANAGER") return { error: "Forbidden" };
  const input = BrandingSchema.parse(Object.fromEntries(formData));
  await prisma.winery.update({
    // ok: missing-authorization
    where: { id: ctx.wineryId },
    // ruleid: mass-assignment
    data: input,
    select: { id: true },
  });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function transferOwnership(wineryId: string, newOwnerUserId: string) {
  const { userId } = await verifySession();
  const input = z.object({ wineryId: z.string().cuid(), newOwnerUserId: z.string().cuid() }).parse({ wineryId, newOwnerUserId });
  // ruleid: floating-auth-check
  if (!isWineryOwner(userId, input.wineryId) && userId !== newOwnerUserId) throw new Error("Owners only");
  // ruleid: missing-authorization
  await prisma.staffMembership.update({
    where: { userId_wineryId: { userId: input.newOwnerUserId, wineryId: input.wineryId } },
    data: { role: "OWNER" },
  });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function leaveWinery(wineryId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(wineryId);
  // ok: floating-auth-check
  if (await isWineryOwner(userId, id)) return { error: "Transfer ownership first." };
  // ok: missing-authorization
  await prisma.staffMembership.delete({ where: { userId_wineryId: { userId, wineryId: id } } });
  return { success: true };
}
