import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";

export type CoopRole =
  | "OWNER" | "ADMIN" | "AGRONOMIST" | "FIELD_OFFICER" | "WAREHOUSE_MANAGER" | "GRADER" | "TREASURER" | "SUPPORT" | "VIEWER";

const cuid = z.string().cuid();

export async function requireCoopMember(coopId: unknown, roles?: CoopRole[]) {
  const session = await verifySession();
  const id = cuid.parse(coopId);
  const membership = await prisma.membership.findFirst({
    where: { coopId: id, userId: session.userId },
    select: { role: true },
  });
  if (!membership) throw new Error("Forbidden");
  const role = membership.role as CoopRole;
  if (roles && !roles.includes(role)) throw new Error("Forbidden");
  return { userId: session.userId, coopId: id, role };
}

export async function hasCoopRole(userId: string, coopId: string, role: CoopRole): Promise<boolean> {
  const m = await prisma.membership.findFirst({ where: { userId, coopId: cuid.parse(coopId) }, select: { role: true } });
  return m?.role === role || m?.role === "OWNER";
}

export async function canManageFarm(userId: string, farmId: string): Promise<boolean> {
  const farm = await prisma.farm.findFirst({ where: { id: cuid.parse(farmId) }, select: { ownerId: true, coopId: true } });
  if (!farm) return false;
  if (farm.ownerId === userId) return true;
  return hasCoopRole(userId, farm.coopId, "FIELD_OFFICER");
}

export async function canManageField(userId: string, fieldId: string): Promise<boolean> {
  const field = await prisma.field.findFirst({ where: { id: cuid.parse(fieldId) }, select: { farmId: true } });
  return field ? canManageFarm(userId, field.farmId) : false;
}

export async function assertLoanAccess(userId: string, loanId: string): Promise<void> {
  const loan = await prisma.loan.findFirst({ where: { id: cuid.parse(loanId) }, select: { coopId: true } });
  if (!loan || !(await hasCoopRole(userId, loan.coopId, "TREASURER"))) throw new Error("Forbidden");
}

export async function isTenderOwner(userId: string, tenderId: string): Promise<boolean> {
  const t = await prisma.tender.findFirst({ where: { id: cuid.parse(tenderId) }, select: { coopId: true } });
  return t ? hasCoopRole(userId, t.coopId, "ADMIN") : false;
}

export async function canEditShipment(userId: string, shipmentId: string): Promise<boolean> {
  const s = await prisma.shipment.findFirst({ where: { id: cuid.parse(shipmentId) }, select: { coopId: true } });
  return s ? hasCoopRole(userId, s.coopId, "WAREHOUSE_MANAGER") : false;
}

export async function canAuditCertification(userId: string, certId: string): Promise<boolean> {
  const c = await prisma.certification.findFirst({ where: { id: cuid.parse(certId) }, select: { coopId: true } });
  return c ? hasCoopRole(userId, c.coopId, "AGRONOMIST") : false;
}

export async function isPlatformAdmin(userId: string): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { platformRole: true } });
  return u?.platformRole === "SUPER_ADMIN";
}
