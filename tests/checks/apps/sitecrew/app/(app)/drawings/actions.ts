"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { authedProcedure, projectManagerProcedure } from "@/lib/zsa";
import { newToken } from "@/lib/crypto";

const ShareSchema = z.object({
  drawingId: z.string().cuid(),
  password: z.string().min(6).max(100).optional(),
  days: z.number().int().min(1).max(30).default(7),
});

// ok: missing-auth, missing-input-validation
export const createShareLink = authedProcedure
  .createServerAction()
  .input(ShareSchema)
  .handler(async ({ input, ctx }) => {
    const drawing = await prisma.drawing.findFirst({ where: { id: input.drawingId, tenantId: ctx.tenantId }, select: { id: true } });
    if (!drawing) throw new Error("Drawing not found");
    const link = await prisma.drawingShareLink.create({
      data: {
        drawingId: drawing.id,
        tenantId: ctx.tenantId,
        token: newToken(24),
        password: input.password ?? null,
        expiresAt: new Date(Date.now() + input.days * 864e5),
      },
    });
    // ruleid: excessive-data-exposure
    return link;
  });

// ok: missing-auth, missing-input-validation
export const revokeShareLink = authedProcedure
  .createServerAction()
  .input(z.object({ linkId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.drawingShareLink.deleteMany({ where: { id: input.linkId, tenantId: ctx.tenantId } });
    revalidatePath("/drawings");
  });

// Hand a project over to another PM (they become the project's PROJECT_MANAGER, the old one a viewer).
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const transferProjectManager = projectManagerProcedure
  .createServerAction()
  .input(z.object({ projectId: z.string().cuid(), newManagerId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const project = await prisma.project.findFirst({ where: { id: input.projectId, tenantId: ctx.tenantId }, select: { id: true } });
    if (!project) throw new Error("Project not found");
    await prisma.projectMember.updateMany({ where: { projectId: project.id, role: "PROJECT_MANAGER" }, data: { role: "VIEWER" } });
    await prisma.projectMember.updateMany({ where: { projectId: project.id, userId: input.newManagerId }, data: { role: "PROJECT_MANAGER" } });
  });

// Legacy drawing-set password (pre-share-link). Hash compare.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function checkDrawingSetPassword(drawingId: string, password: string) {
  await verifySession();
  const input = z.object({ drawingId: z.string().cuid(), password: z.string().max(100) }).parse({ drawingId, password });
  // todook: missing-authorization -- (gap judge: ambiguous) the lookup by a client drawing id only checks a secret the caller supplies; rule 2 does not say whether that is authorization
  const link = await prisma.drawingShareLink.findFirst({ where: { drawingId: input.drawingId }, select: { password: true } });
  // ok: timing-unsafe-comparison
  if (!link?.password) return false;
  // ok: timing-unsafe-comparison
  return bcrypt.compare(input.password, link.password);
}
