"use server";

import { hash, verify } from "@node-rs/argon2";
import { redirect } from "next/navigation";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { validateRequest, lucia } from "@/lib/auth/lucia";
import { checkRateLimit } from "@/lib/ratelimit";
import { createAuditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";

const passwordSchema = yup.object({ current: yup.string().required(), next: yup.string().min(10).required() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeOwnerPassword(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await checkRateLimit(`pw:${session.ownerId}`, 5);
  const data = passwordSchema.validateSync({ current: formData.get("current"), next: formData.get("next") });
  const row = await prisma.owner.findUnique({ where: { id: session.ownerId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row || !(await verify(row.passwordHash, data.current))) return { error: "Current password is wrong" };
  await prisma.owner.update({ where: { id: session.ownerId }, data: { passwordHash: await hash(data.next) } });
  await createAuditLog({ actorId: session.ownerId, action: "owner.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeOwnerEmail(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await checkRateLimit(`email:${session.ownerId}`, 3);
  const email = await yup.string().email().required().validate(formData.get("email"));
  // ok: missing-authorization, mass-assignment
  await prisma.owner.update({ where: { id: session.ownerId }, data: { email, emailVerified: false } });
  await sendEmail(email, "Confirm your new email", "<p>Click the link in this email to confirm.</p>");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOwnerProfile(formData: FormData) {
  const session = await verifySession();
  const data = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.owner.update({ where: { id: session.ownerId }, data });
  return { ok: true };
}

const profileSchema = yup.object({ name: yup.string().max(100), phone: yup.string().matches(/^\+?\d{10,14}$/), marketingOptIn: yup.boolean() }).noUnknown();

// ok: missing-auth, missing-input-validation
export async function updateContactPrefs(formData: FormData) {
  const session = await verifySession();
  const data = await profileSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: mass-assignment, missing-authorization
  await prisma.owner.update({ where: { id: session.ownerId }, data, select: { id: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteOwnerAccount() {
  const session = await verifySession();
  await lucia.invalidateUserSessions(session.ownerId);
  // ok: missing-authorization
  await prisma.owner.delete({ where: { id: session.ownerId } });
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const me = await prisma.owner.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function getMySummary() {
  const { user } = await validateRequest();
  if (!user) return null;
  const me = await prisma.owner.findUnique({ where: { id: user.id } });
  // ok: excessive-data-exposure
  return me ? { name: me.name, email: me.email, verified: me.emailVerified } : null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function setMarketingOptIn(ownerId: string, optIn: boolean) {
  const session = await verifySession();
  // ruleid: missing-authorization
  await prisma.owner.update({ where: { id: ownerId ?? session.ownerId }, data: { marketingOptIn: optIn } });
  return { ok: true };
}
