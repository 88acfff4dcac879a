"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { requireRole, canManageLocation } from "@/lib/permissions";
import { bumpCounter } from "@/lib/legacy-sql";

const positionSchema = z.object({ name: z.string().min(2).max(60), baseRate: z.number().positive() });

// ok: missing-auth, missing-input-validation
export async function createPosition(raw: unknown) {
  const s = await verifySession();
  await requireRole(s.userId, s.employerId, ["owner", "admin"]);
  const data = positionSchema.parse(raw);
  // ok: mass-assignment
  const p = await prisma.position.create({ data: { ...data, employerId: s.employerId }, select: { id: true } });
  revalidatePath("/positions");
  return p;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePosition(positionId: string, formData: FormData) {
  const s = await verifySession();
  // ruleid: floating-auth-check
  requireRole(s.userId, s.employerId, ["owner", "admin"]);
  await prisma.position.updateMany({
    where: { id: positionId, employerId: s.employerId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  // ruleid: missing-authorization
  await bumpCounter("positions", positionId);
}

// ok: missing-auth, missing-input-validation
export async function transferEmployee(employeeId: string, locationId: string) {
  const s = await verifySession();
  const p = z.object({ employeeId: z.string().cuid(), locationId: z.string().cuid() }).parse({ employeeId, locationId });
  // ruleid: floating-auth-check
  const allowed = canManageLocation(s.userId, p.locationId) ? true : s.role === "owner";
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.employee.update({ where: { id: p.employeeId }, data: { departmentId: null } });
  return { ok: true };
}

const promoteSchema = z.object({ membershipId: z.string().cuid(), role: z.enum(["employee", "scheduler", "location_manager", "admin"]), title: z.string().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function promoteEmployee(raw: unknown) {
  const s = await verifySession();
  await requireRole(s.userId, s.employerId, ["owner"]);
  const input = promoteSchema.parse(raw);
  await prisma.membership.updateMany({
    where: { id: input.membershipId, employerId: s.employerId },
    // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
    data: { role: input.role },
  });
  await prisma.auditLog.create({ data: { employerId: s.employerId, actorId: s.userId, action: "member.promoted", target: input.membershipId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setEmployeeBalance(employeeId: string, hours: number) {
  const s = await verifySession();
  const p = z.object({ employeeId: z.string().cuid(), hours: z.number().min(0).max(500) }).parse({ employeeId, hours });
  await requireRole(s.userId, s.employerId, ["owner", "hr"]);
  await prisma.ptoBalance.upsert({
    where: { employeeId: p.employeeId },
    create: { employeeId: p.employeeId, hours: p.hours },
    update: { hours: p.hours },
  });
  return { ok: true };
}
