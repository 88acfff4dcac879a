"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withAdmin } from "@/lib/with-sponsor";
import { requireRole, getStaffOrNull, isAdmin } from "@/lib/auth/guards";
import { verifySession, getStaffByEmail } from "@/lib/dal";
import { recordAudit } from "@/lib/audit";
import { cuid } from "@/lib/validators";
import { pool } from "@/lib/db/drizzle";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendSponsor = withAdmin(async (ctx, input: { sponsorId: string }) => {
  const { sponsorId } = z.object({ sponsorId: cuid }).parse(input);
  // ok: missing-authorization
  await prisma.staffUser.updateMany({ where: { sponsorId }, data: { disabled: true } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setStaffRole = withAdmin(async (ctx, input: { userId: string; role: string }) => {
  const data = z.object({ userId: cuid, role: z.enum(["STUDY_MANAGER", "MONITOR", "COORDINATOR", "INVESTIGATOR", "ADMIN"]) }).parse(input);
  // ok: missing-authorization
  await prisma.staffUser.update({ where: { id: data.userId }, data: { role: data.role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const sponsorOverview = withAdmin(async (_ctx, input: { sponsorId: string }) => {
  const { sponsorId } = z.object({ sponsorId: cuid }).parse(input);
  // ok: missing-authorization
  const sponsor = await prisma.sponsor.findUnique({ where: { id: sponsorId }, include: { staff: true } });
  // ruleid: excessive-data-exposure
  return sponsor;
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteVolunteerAccount(volunteerId: string) {
  await requireRole("ADMIN");
  const id = z.string().min(1).parse(volunteerId);
  // ok: missing-authorization
  await prisma.volunteer.delete({ where: { id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteStaffUser(userId: string) {
  const ctx = await requireRole("ADMIN");
  const id = cuid.parse(userId);
  // ok: missing-authorization
  await prisma.staffUser.delete({ where: { id } });
  await recordAudit({ actorId: ctx.userId, action: "admin.staff_deleted", target: id });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function impersonateStaff(email: string) {
  const staff = await getStaffByEmail(z.string().email().parse(email));
  if (!staff) return { error: "unknown" };
  await prisma.staffUser.update({ where: { id: staff.id }, data: { resetTokenHash: null } });
  return { userId: staff.id, role: staff.role };
}

// ok: missing-auth, missing-input-validation
export async function grantAdminByEmail(email: string) {
  const ctx = await verifySession();
  const target = z.string().email().parse(email);
  // ruleid: floating-auth-check
  if (!isAdmin()) return { error: "Admins only" };
  // ruleid: missing-authorization
  await prisma.staffUser.update({ where: { email: target }, data: { role: "ADMIN" } });
  await recordAudit({ actorId: ctx.userId, action: "admin.granted", target });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function searchStaff(query: string) {
  await requireRole("ADMIN");
  const term = z.string().min(2).max(60).parse(query);
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, email, role FROM staff_directory WHERE email ILIKE '%" + term + "%' LIMIT 20");
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchStaffSafe(query: string) {
  await requireRole("ADMIN");
  const term = z.string().min(2).max(60).parse(query);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, role FROM staff_directory WHERE email ILIKE $1 LIMIT 20", [`%${term}%`]);
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function platformAuditTrail() {
  const staff = await getStaffOrNull();
  const rows = await prisma.auditLog.findMany({ where: staff?.role === "ADMIN" ? {} : { actorId: staff?.userId }, select: { id: true, action: true, target: true, createdAt: true }, take: 200 });
  return rows;
}
