"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { isWorkspaceAdmin } from "@/lib/permissions";

const exportSchema = z.object({
  title: z.string().min(1).max(200),
  password: z.string().min(8).max(100),
  days: z.coerce.number().int().min(1).max(90),
  contractIds: z.array(z.string().uuid()).min(1).max(500),
});

// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit
export async function createDataRoomExport(input: unknown) {
  const session = await verifySession();
  const data = exportSchema.parse(input);
  const passwordHash = await bcrypt.hash(data.password, 12);
  // ok: mass-assignment, missing-authorization
  const exp = await prisma.dataRoomExport.create({
    data: { workspaceId: session.workspaceId, createdById: session.userId, title: data.title, passwordHash, storageKey: `exports/${crypto.randomUUID()}.zip`, expiresAt: new Date(Date.now() + data.days * 86400_000) },
    select: { id: true },
  });
  await auditLog({ actorId: session.userId, workspaceId: session.workspaceId, action: "dataroom.create", target: exp.id });
  return { id: exp.id };
}

// ok: missing-auth, missing-input-validation
export async function listDataRoomExports() {
  const session = await verifySession();
  // ok: missing-authorization
  const rows = await prisma.dataRoomExport.findMany({ where: { workspaceId: session.workspaceId } });
  // why: whole records including passwordHash returned
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function deleteDataRoomExport(exportId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(exportId);
  // ok: floating-auth-check
  if (!(await isWorkspaceAdmin(session.userId, session.workspaceId))) return { error: "Admins only" };
  // ok: missing-authorization
  await prisma.dataRoomExport.deleteMany({ where: { id, workspaceId: session.workspaceId } });
  await auditLog({ actorId: session.userId, workspaceId: session.workspaceId, action: "dataroom.delete", target: id });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function extendDataRoomExport(exportId: string, days: number) {
  const session = await verifySession();
  const parsed = z.object({ id: z.string().cuid(), days: z.number().int().min(1).max(90) }).parse({ id: exportId, days });
  // why: isWorkspaceAdmin is async; the un-awaited Promise is truthy, so the negation never blocks
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(session.userId, session.workspaceId)) return { error: "Admins only" };
  // ok: missing-authorization
  await prisma.dataRoomExport.updateMany({ where: { id: parsed.id, workspaceId: session.workspaceId }, data: { expiresAt: new Date(Date.now() + parsed.days * 86400_000) } });
  return { success: true };
}
