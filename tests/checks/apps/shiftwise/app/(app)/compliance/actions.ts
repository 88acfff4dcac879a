"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { legacyDb } from "@/lib/mysql";

// ok: missing-auth, missing-input-validation
export async function addCertification(employeeId: string, name: string, expiresOn: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/sign-in");
  const p = z.object({ employeeId: z.string().cuid(), name: z.string().min(2), expiresOn: z.coerce.date() }).parse({ employeeId, name, expiresOn });
  const emp = await prisma.employee.findFirst({ where: { id: p.employeeId, employerId: user.employerId }, select: { id: true } });
  if (!emp) return { error: "Not found" };
  // ok: missing-authorization
  await prisma.certification.create({ data: { employeeId: emp.id, employerId: user.employerId, name: p.name, expiresOn: p.expiresOn } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function expiringCertifications(days: number) {
  const { user } = await validateRequest();
  if (!user) return [];
  const n = z.number().int().min(1).max(180).parse(days);
  const rows = await prisma.certification.findMany({ where: { employerId: user.employerId, expiresOn: { lte: new Date(Date.now() + n * 86400_000) } }, select: { id: true, name: true, expiresOn: true, employeeId: true } });
  // ok: excessive-data-exposure
  return rows;
}

// Legacy break-rule violations live in the old HRIS (MySQL).
// ok: missing-auth
// ruleid: missing-input-validation
export async function breakViolations(locationCode: string) {
  const { user } = await validateRequest();
  if (!user) return [];
  // ruleid: sql-injection
  const [rows] = await legacyDb.query(`SELECT id, employee_code, rule, occurred_at FROM break_violations WHERE employer_ref = '${user.employerId}' AND location_code = '${locationCode}'`);
  // ok: excessive-data-exposure
  return (rows as any[]).map((r) => ({ id: r.id, rule: r.rule, at: r.occurred_at }));
}

// ok: missing-auth, missing-input-validation
export async function violationDetail(violationId: number) {
  const { user } = await validateRequest();
  if (!user) return null;
  const id = z.number().int().positive().parse(violationId);
  // ok: sql-injection, missing-authorization
  const [rows] = await legacyDb.execute("SELECT * FROM break_violations WHERE id = ? AND employer_ref = ?", [id, user.employerId]);
  // ruleid: excessive-data-exposure
  return (rows as any[])[0];
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function waiveViolation(violationId: number) {
  const { user } = await validateRequest();
  const id = z.number().int().positive().parse(violationId);
  // ok: sql-injection
  await legacyDb.execute("UPDATE break_violations SET waived = 1, waived_by = ? WHERE id = ?", [user?.id ?? null, id]);
  return { ok: true };
}
