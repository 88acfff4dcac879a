"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { requireStaff, getStaffSession, isStaffEmail } from "@/lib/iron";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendRunner(formData: FormData) {
  const staff = await requireStaff();
  const { userId } = z.object({ userId: z.string().cuid() }).parse({ userId: formData.get("userId") });
  // ok: missing-authorization
  await prisma.registration.updateMany({ where: { userId }, data: { status: "SUSPENDED" } });
  await auditLog({ actorId: staff.staffId, action: "staff.runner_suspended", target: userId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setPlatformRole(formData: FormData) {
  await requireStaff();
  const { userId, role } = z.object({ userId: z.string().cuid(), role: z.enum(["RUNNER", "TIMER", "FINANCE", "STAFF"]) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { role } });
}

// ok: missing-input-validation
// ruleid: missing-audit-log
export async function setOrgFee(formData: FormData) {
  const staff = await requireStaff();
  const { orgId, feePercent } = z.object({ orgId: z.string().cuid(), feePercent: z.coerce.number().int().min(0).max(20) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.organisation.update({ where: { id: orgId }, data: { feePercent } });
  return { ok: true, by: staff.staffId };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function deleteRunner(formData: FormData) {
  // ruleid: floating-auth-check
  requireStaff();
  const { userId } = z.object({ userId: z.string().cuid() }).parse({ userId: formData.get("userId") });
  await prisma.user.delete({ where: { id: userId } });
}

// ok: missing-auth, missing-audit-log
export async function exportAllRunners() {
  const staff = await requireStaff();
  await auditLog({ actorId: staff.staffId, action: "staff.runners_exported" });
  const runners = await prisma.user.findMany({ where: { role: "RUNNER" } });
  // ruleid: excessive-data-exposure
  return runners;
}

// ok: missing-auth, missing-input-validation
export async function searchRunners(formData: FormData) {
  const staff = await getStaffSession();
  if (!staff.staffId || !staff.mfaPassed) throw new Error("Unauthorized");
  // ok: floating-auth-check
  if (!isStaffEmail(staff.email)) throw new Error("Unauthorized");
  const { q } = z.object({ q: z.string().min(2).max(60) }).parse({ q: formData.get("q") });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, name FROM users WHERE email ILIKE $1 OR name ILIKE $1 LIMIT 50", [`%${q}%`]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, email: r.email as string, name: r.name as string }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function mergeDuplicateRunners(formData: FormData) {
  const staff = await requireStaff();
  const { keepId, dropId } = z.object({ keepId: z.string().cuid(), dropId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ruleid: sql-injection
  await pool.query(`UPDATE registrations SET user_id = '${keepId}' WHERE user_id = '${dropId}'`);
  await auditLog({ actorId: staff.staffId, action: "staff.runners_merged", meta: { keepId, dropId } });
}
