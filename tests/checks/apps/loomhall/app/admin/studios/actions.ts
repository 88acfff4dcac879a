"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { requireAdmin } from "@/lib/guards";
import { recordChange } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const archiveStudio = adminActionClient
  .metadata({ name: "archiveStudio" })
  .schema(z.object({ studioId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.studio.update({ where: { id: parsedInput.studioId }, data: { archivedAt: new Date() }, select: { id: true } });
    revalidatePath("/admin/studios");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createStudio = adminActionClient
  .metadata({ name: "createStudio" })
  .schema(z.object({ name: z.string().min(2).max(80), slug: z.string().regex(/^[a-z0-9-]+$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    const studio = await prisma.studio.create({ data: { ...parsedInput, ownerId: ctx.userId }, select: { id: true } });
    return { id: studio.id };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function upgradeStudioToPro(studioId: string) {
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(studioId);
  // ok: missing-authorization, mass-assignment
  await prisma.studio.update({ where: { id }, data: { plan: "pro" }, select: { id: true } });
  await recordChange(admin.userId, "studio.plan_changed", id);
}

// Studio owners can rename their studio from the admin area too.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateStudio(formData: FormData) {
  const session = await verifySession();
  const studioId = String(formData.get("studioId"));
  const studio = await prisma.studio.findUnique({ where: { id: studioId }, select: { ownerId: true } });
  if (!studio || studio.ownerId !== session.userId) throw new Error("Forbidden");
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.studio.update({ where: { id: studioId }, data: Object.fromEntries(formData), select: { id: true } });
}

// ok: missing-auth, missing-input-validation
export async function transferStudio(studioId: string, newOwnerId: string) {
  const session = await verifySession();
  const data = z.object({ studioId: z.string().cuid(), newOwnerId: z.string().cuid() }).parse({ studioId, newOwnerId });
  // ruleid: missing-authorization, mass-assignment
  await prisma.studio.update({ where: { id: data.studioId }, data: { ownerId: data.newOwnerId }, select: { id: true } });
  await recordChange(session.userId, "studio.plan_changed", data.studioId);
}
