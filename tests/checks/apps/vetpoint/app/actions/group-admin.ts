"use server";

import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { requireGroupAdmin, getStaff } from "@/lib/auth/kinde";
import { createAuditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createClinic(input: unknown) {
  const admin = await requireGroupAdmin();
  const data = v.parse(v.object({ name: v.string(), slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), address: v.string(), city: v.string(), postcode: v.string(), phone: v.string(), lat: v.number(), lng: v.number() }), input);
  const admins = await prisma.staffMember.findFirst({ where: { id: admin.id }, select: { clinic: { select: { groupId: true } } } });
  // ok: mass-assignment
  const clinic = await prisma.clinic.create({ data: { ...data, groupId: admins!.clinic.groupId }, select: { id: true, slug: true } });
  await createAuditLog({ actorId: admin.id, action: "group.clinic_created", target: clinic.id });
  return clinic;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantGroupAdmin(staffId: string) {
  const admin = await requireGroupAdmin();
  const id = v.parse(v.string(), staffId);
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id }, data: { isGroupAdmin: true } });
  logger.warn("group.admin_granted", { by: admin.id, to: id });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log -- (missing-audit-log todoruleid until pass 37) an is<Scope>Admin flag taken away
export async function revokeGroupAdmin(staffId: string) {
  const me = await getStaff();
  const id = v.parse(v.string(), staffId);
  await prisma.staffMember.update({ where: { id }, data: { isGroupAdmin: false } });
  return { ok: true, by: me?.id };
}

// ok: missing-auth, missing-input-validation
export async function allOwnersExport() {
  await requireGroupAdmin();
  const owners = await prisma.owner.findMany({ take: 5000 });
  // ruleid: excessive-data-exposure
  return owners;
}

// ok: missing-auth, missing-input-validation
export async function groupDashboardCounts() {
  await requireGroupAdmin();
  const [clinics, owners, pets] = await Promise.all([prisma.clinic.count(), prisma.owner.count(), prisma.pet.count()]);
  // ok: excessive-data-exposure
  return { clinics, owners, pets };
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function moveStaffToClinic(staffId: string, clinicId: string) {
  const admin = await requireGroupAdmin();
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id: staffId }, data: { clinicId } });
  await createAuditLog({ actorId: admin.id, action: "group.staff_moved", target: staffId, meta: { clinicId } });
  return { ok: true };
}
