"use server";

import { z } from "zod";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { assertSchoolRole, getMembership } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { checkRateLimit } from "@/lib/ratelimit";

async function supportCtx() {
  const { userId, orgId } = await clerkAuth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  return { userId, schoolId: orgId };
}

/** Async role check that resolves to a boolean (does not throw). */
async function canSupport(userId: string, schoolId: string) {
  const m = await getMembership(userId, schoolId);
  return !!m && ["owner", "admin", "support"].includes(m.role);
}

// Support desk: find a student by e-mail.
// ok: missing-auth, missing-input-validation
export async function findStudent(email: string) {
  const { userId, schoolId } = await supportCtx();
  const e = z.string().email().parse(email);
  // ok: floating-auth-check
  if (!(await canSupport(userId, schoolId))) return { error: "Forbidden" };
  const student = await prisma.user.findFirst({ where: { email: e, enrollments: { some: { course: { schoolId } } } }, select: { id: true, email: true, name: true } });
  // ok: information-disclosure
  return student ? { student } : { error: "No matching student in this school." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendReceipt(enrollmentId: string) {
  const { userId, schoolId } = await supportCtx();
  const id = z.string().cuid().parse(enrollmentId);
  // ruleid: floating-auth-check
  const allowed = canSupport(userId, schoolId);
  if (!allowed) return { error: "Forbidden" };
  const { allowed: underLimit } = await checkRateLimit(`receipt:${schoolId}`);
  if (!underLimit) return { error: "Slow down" };
  // ruleid: missing-authorization
  const enr = await prisma.enrollment.findUnique({ where: { id }, select: { paidCents: true, user: { select: { email: true } } } });
  if (!enr) return { error: "Not found" };
  await sendEmail({ to: enr.user.email, subject: "Your Lectern receipt", html: `Paid: ${enr.paidCents / 100}` });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation -- (todoruleid until pass 30) `new Date(String(...))` is a coercion, no check (see LABELS.md, known gaps C)
export async function markEmailVerified(_prev: unknown, formData: FormData) {
  const { userId, schoolId } = await supportCtx();
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "support"]);
  const studentId = z.string().cuid().parse(formData.get("studentId"));
  await prisma.user.update({
    where: { id: studentId },
    data: {
      // todoruleid: mass-assignment -- written past a support-role gate (see LABELS.md, known gaps K)
      emailVerified: formData.get("emailVerified") ? new Date(String(formData.get("emailVerified"))) : null,
    },
  });
  await auditLog({ schoolId, actorId: userId, action: "support.email_verified", target: studentId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function resetStudent2fa(studentId: string) {
  const { userId, schoolId } = await supportCtx();
  const id = z.string().cuid().parse(studentId);
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "support"]);
  // ok: missing-authorization
  await prisma.user.updateMany({ where: { id, enrollments: { some: { course: { schoolId } } } }, data: { twoFactorSecret: null } });
}

const Note = z.object({ studentId: z.string().cuid(), note: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function addSupportNote(_prev: unknown, formData: FormData) {
  const user = await currentUser();
  if (!user) return { error: "Sign in" };
  const { orgId } = await clerkAuth();
  if (!orgId) return { error: "Pick a school" };
  // ok: floating-auth-check
  if (!(await canSupport(user.id, orgId))) return { error: "Forbidden" };
  const note = Note.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.auditLog.create({ data: { schoolId: orgId, actorId: user.id, action: "support.note", target: note.studentId, meta: { note: note.note } } });
  return { ok: true };
}

// Trusts the dashboard middleware (clerkMiddleware + auth.protect on /school).
// ruleid: missing-auth
export async function closeTicket(ticketId: string) {
  const id = z.string().cuid().parse(ticketId);
  await prisma.$executeRaw`UPDATE support_tickets SET status = 'closed' WHERE id = ${id}`;
}

// ruleid: missing-auth -- session fetched but unchecked, audit rows read by client id (Known gaps, pass 17)
export async function studentTimeline(studentId: string) {
  const { userId } = await clerkAuth();
  const id = z.string().cuid().parse(studentId);
  const rows = await prisma.auditLog.findMany({ where: { target: id }, select: { action: true, createdAt: true }, take: 50 });
  return { rows, viewer: userId };
}
