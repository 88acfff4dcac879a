"use server";

import * as v from "valibot";
import { Argon2id } from "oslo/password";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { lucia, validateRequest, requireInstaller, canAccessSite } from "@/lib/auth/lucia";
import { WorkOrderNoteSchema } from "@/lib/valibot-schemas";
import { strictLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const LoginSchema = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(8)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function installerLogin(formData: FormData) {
  const { email, password } = v.parse(LoginSchema, Object.fromEntries(formData));
  const { success } = await strictLimiter.limit(`installer-login:${email}`);
  if (!success) return { error: "Too many attempts" };
  const installer = await prisma.installer.findUnique({ where: { email }, select: { id: true, hashedPassword: true, active: true } });
  const ok = installer?.active ? await new Argon2id().verify(installer.hashedPassword, password) : false;
  if (!ok || !installer) {
    logger.warn("installer.login_failed", { email });
    // ok: information-disclosure
    return { error: "Invalid credentials" };
  }
  logger.info("installer.login", { installerId: installer.id });
  const session = await lucia.createSession(installer.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/installer");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function installerLogout() {
  const { session } = await validateRequest();
  if (!session) return { error: "Not signed in" };
  await lucia.invalidateSession(session.id);
  redirect("/installer/login");
}

// ok: missing-auth, missing-input-validation
export async function addWorkOrderNote(formData: FormData) {
  const installer = await requireInstaller();
  const { workOrderId, notes } = v.parse(WorkOrderNoteSchema, Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.workOrder.updateMany({ where: { id: workOrderId, installerId: installer.id }, data: { notes } });
}

// ok: missing-auth, missing-input-validation
export async function closeWorkOrder(workOrderId: string) {
  await requireInstaller();
  v.parse(v.pipe(v.string(), v.minLength(10)), workOrderId);
  // ruleid: missing-authorization
  await prisma.workOrder.update({ where: { id: workOrderId }, data: { status: "closed" } });
}

// ok: missing-auth, missing-input-validation
export async function siteDetails(siteId: string) {
  const installer = await requireInstaller();
  v.parse(v.string(), siteId);
  // ruleid: floating-auth-check
  if (!canAccessSite(installer.id, siteId)) throw new Error("No work order for this site");
  // ruleid: missing-authorization
  const site = await prisma.site.findUnique({ where: { id: siteId }, select: { name: true, address: true, gateCode: true } });
  return site;
}

// ok: missing-auth, missing-input-validation
export async function siteAccess(siteId: string) {
  const installer = await requireInstaller();
  v.parse(v.string(), siteId);
  const allowed = await canAccessSite(installer.id, siteId);
  if (!allowed) throw new Error("No work order for this site");
  // ok: missing-authorization
  const site = await prisma.site.findUnique({ where: { id: siteId } });
  // ruleid: excessive-data-exposure
  return site;
}

// ok: missing-auth, missing-input-validation
export async function myWorkOrders() {
  const installer = await requireInstaller();
  // ok: missing-authorization
  const orders = await prisma.workOrder.findMany({ where: { installerId: installer.id }, select: { id: true, title: true, status: true, siteId: true } });
  // ok: excessive-data-exposure
  return orders;
}

// ok: missing-auth, missing-input-validation
export async function myWorkOrdersFull() {
  const installer = await requireInstaller();
  // ok: missing-authorization
  const orders = await prisma.workOrder.findMany({ where: { installerId: installer.id }, include: { site: true } });
  // ruleid: excessive-data-exposure
  return orders;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function claimWorkOrder(formData: FormData) {
  const { user } = await validateRequest();
  const { workOrderId } = v.parse(v.object({ workOrderId: v.string() }), Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.workOrder.updateMany({ where: { id: workOrderId, installerId: null }, data: { installerId: user?.id } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deactivateInstaller(installerId: string) {
  const me = await requireInstaller();
  v.parse(v.string(), installerId);
  const target = await prisma.installer.findFirst({ where: { id: installerId, coopId: me.coopId }, select: { id: true } });
  if (!target) throw new Error("Not found");
  await prisma.installer.update({ where: { id: target.id }, data: { active: false } });
  return { ok: true };
}
