"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { pool } from "@/lib/db/pg";

async function requireStaffSession() {
  const session = await verifySession();
  if (session.role !== "staff") throw new Error("Staff only");
  return session;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function banUser(userId: string) {
  const staff = await requireStaffSession();
  z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { role: "banned" } });
  await auditLog({ actorId: staff.userId, action: "staff.user_banned", target: userId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setUserRole(userId: string, role: string) {
  const staff = await requireStaffSession();
  const parsed = z.object({ userId: z.string().cuid(), role: z.enum(["author", "agent", "owner"]) }).parse({ userId, role });
  await prisma.user.update({ where: { id: parsed.userId }, data: { role: parsed.role } });
  return { ok: true, by: staff.userId };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUser(userId: string) {
  const session = await verifySession();
  if (session.role !== "staff") return { error: "Forbidden" };
  z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function staffUserLookup(email: string) {
  await requireStaffSession();
  z.string().email().parse(email);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, role, created_at FROM users WHERE email = $1", [email]);
  // ok: excessive-data-exposure
  return rows[0] ?? null;
}

// ok: missing-auth, missing-input-validation
export async function staffRawUser(email: string) {
  await requireStaffSession();
  z.string().email().parse(email);
  const { rows } = await pool.query("SELECT * FROM users WHERE email = $1", [email]);
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function purgeDeclined(agencyId: string) {
  // ruleid: floating-auth-check
  requireStaffSession();
  z.string().cuid().parse(agencyId);
  await prisma.submission.deleteMany({ where: { agencyId, status: "declined" } });
}
