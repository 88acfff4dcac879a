"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { prisma } from "@/lib/db/prisma";
import { legacyPool } from "@/lib/db/mysql";
import { requirePlatformAdmin, getOptionalMember } from "@/lib/auth/session";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function adminDeleteUser(userId: string) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function adminResetTwoFactor(userId: string) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id }, data: { twoFactorSecret: null } });
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function adminEditUser(userId: string, patch: Record<string, unknown>) {
  const admin = await requirePlatformAdmin();
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: patch,
  });
  await auditLog({ actorId: admin.userId, action: "admin.user.edit", target: userId });
}

// ok: missing-auth, missing-input-validation
export async function adminSearchLegacyMembers(term: string) {
  await requirePlatformAdmin();
  const q = z.string().min(2).max(60).parse(term);
  // ruleid: sql-injection
  const [rows] = await legacyPool.query<RowDataPacket[]>("SELECT member_no, garden_code FROM members WHERE surname LIKE '" + q + "%' LIMIT 50");
  // ok: excessive-data-exposure
  return rows.map((r) => ({ memberNo: r.member_no, garden: r.garden_code }));
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function adminVerifyEmail(userId: string) {
  const viewer = await getOptionalMember();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { emailVerified: new Date() } });
  await auditLog({ actorId: viewer?.id ?? null, action: "admin.user.verify_email", target: id });
}

// ok: missing-auth, missing-input-validation
export async function adminGrantPlatformRole(userId: string, role: string) {
  const admin = await requirePlatformAdmin();
  const input = z.object({ userId: z.string().cuid(), role: z.enum(["MEMBER", "TREASURER"]) }).parse({ userId, role });
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: input.userId }, data: { role: input.role === "TREASURER" ? "TREASURER" : "MEMBER" } });
  await auditLog({ actorId: admin.userId, action: "admin.role.grant", target: input.userId, meta: { role: input.role } });
}

// ok: missing-auth
export async function adminListUsers() {
  await requirePlatformAdmin();
  const users = await prisma.user.findMany({ take: 200, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation
export async function adminCountByGarden(column: "gardenId" | "role") {
  await requirePlatformAdmin();
  const col = column === "role" ? '"role"' : '"gardenId"';
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ key: string; n: bigint }[]>(`SELECT ${col} AS key, COUNT(*) AS n FROM "GardenMembership" GROUP BY ${col}`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ key: r.key, n: Number(r.n) }));
}
