"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { requireClerkAdmin } from "@/lib/auth/clerk-admin";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function forceLogout(userId: string) {
  const { staffId } = await requireClerkAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization -- (gap judge W, A; fixed in pass 31, ruling: a Clerk org role check is a role check) requireClerkAdmin() throws unless Clerk orgRole is org:admin: a role check first (rule 2)
  await prisma.session.deleteMany({ where: { userId: id } });
  await auditLog({ actorId: staffId, action: "admin.force_logout", target: id });
}

// why: staff deletes a customer account and nothing is audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteUserAsStaff(userId: string) {
  await requireClerkAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization -- (gap judge W, A; fixed in pass 31, ruling: a Clerk org role check is a role check) requireClerkAdmin() throws unless Clerk orgRole is org:admin: a role check first (rule 2)
  await prisma.user.delete({ where: { id } });
}

// why: Clerk auth() is read but its userId is never checked; anonymous callers write notes (actorId null)
// ruleid: missing-auth -- (gap judge W, E; fixed in pass 28) Clerk auth()'s userId is never tested; the only write is an auditLog row
// ok: missing-input-validation
export async function impersonationNote(userId: string, note: string) {
  const { userId: staffId } = await auth();
  const input = z.object({ userId: z.string().cuid(), note: z.string().max(500) }).parse({ userId, note });
  await prisma.auditLog.create({ data: { actorId: staffId, action: "admin.note", target: input.userId, meta: { note: input.note } } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function emailCustomer(userId: string, subject: string, body: string) {
  const { staffId } = await requireClerkAdmin();
  const { success } = await ratelimit.limit(`staff-mail:${staffId}`);
  if (!success) throw new Error("Rate limited");
  const input = z.object({ userId: z.string().cuid(), subject: z.string().max(120), body: z.string().max(5000) }).parse({ userId, subject, body });
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { email: true } });
  // ok: information-disclosure -- (fixed in pass 40) staff-only lookup by cuid; no attacker learns which accounts exist
  if (!user) return { error: "No such user" };
  await sendEmail(user.email, input.subject, input.body);
  await auditLog({ actorId: staffId, action: "admin.email_sent", target: input.userId });
  return { ok: true };
}
