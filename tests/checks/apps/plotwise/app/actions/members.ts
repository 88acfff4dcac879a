"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireMember, getCurrentUser, getCurrentSession } from "@/lib/auth/current";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { invalidateAllSessions } from "@/lib/auth/session";
import { withMember, withCommitteeRole } from "@/lib/action-wrappers";
import { sendMail } from "@/lib/mail";
import { mailLimiter, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function getMemberProfile(memberId: string) {
  await requireMember();
  const id = z.string().cuid().parse(memberId);
  // ruleid: missing-authorization
  const member = await prisma.user.findUnique({ where: { id }, select: { name: true, email: true, phone: true, address: true } });
  // ok: excessive-data-exposure
  return member;
}

// ok: missing-auth, missing-input-validation
export async function getMemberCard(memberId: string) {
  await requireMember();
  const id = z.string().cuid().parse(memberId);
  const member = await prisma.user.findUnique({ where: { id }, select: { name: true, role: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  // ok: excessive-data-exposure
  return member;
}

// ok: missing-auth, missing-input-validation
export async function updateMyStatement(applicationId: string, statement: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const input = z.object({ applicationId: z.string().cuid(), statement: z.string().max(2000) }).parse({ applicationId, statement });
  // ruleid: missing-authorization
  await prisma.plotApplication.update({ where: { id: input.applicationId }, data: { statement: input.statement } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function setApplicationSite(applicationId: string, preferredSite: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  // ok: missing-authorization
  await prisma.plotApplication.updateMany({ where: { id: applicationId, userId: user.id }, data: { preferredSite } });
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const inviteCoWorker = withMember(async (user, email: string) => {
  const to = z.string().email().parse(email);
  await sendMail(to, `${user.name} invited you to help on their allotment`, `<p><a href="${process.env.APP_URL}/signup">Join Plotwise</a></p>`);
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteCoWorkerLimited = withMember(async (user, email: string) => {
  const to = z.string().email().parse(email);
  if (!(await checkRateLimit(mailLimiter, `invite:${user.id}`))) throw new Error("Too many invites today");
  await sendMail(to, `${user.name} invited you to help on their allotment`, `<p><a href="${process.env.APP_URL}/signup">Join Plotwise</a></p>`);
});

// ruleid: missing-audit-log -- fixed in pass 42 (D): sessions revoked past the committee admin's role wrapper
// ok: missing-auth, missing-input-validation
export const revokeMemberSessions = withCommitteeRole("COMMITTEE_ADMIN", async (user, memberId: string) => {
  const id = z.string().cuid().parse(memberId);
  await invalidateAllSessions(id);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetMemberPassword(memberId: string) {
  // ok: floating-auth-check
  const admin = await requireCommitteeRole("COMMITTEE_ADMIN");
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { passwordHash: "!reset-required" } });
  await invalidateAllSessions(id);
  await auditLog({ actorId: admin.id, action: "member.password_reset_forced", target: id });
}

// ok: missing-auth
// ruleid: missing-input-validation // ok: missing-audit-log -- fixed in pass 42 (F): a redirect named after the sign-in signs no one in
export async function continueAfterLogin(next: string) {
  const { session } = await getCurrentSession();
  if (!session) redirect("/login");
  redirect(next);
}

// ok: missing-auth, missing-input-validation
export async function continueAfterLoginSafe(next: string) {
  const { session } = await getCurrentSession();
  if (!session) redirect("/login");
  const path = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard";
  redirect(path);
}

// ruleid: missing-auth
export async function getMemberByEmail(email: string) {
  const e = z.string().email().parse(email);
  const member = await prisma.user.findUnique({ where: { email: e }, select: { id: true, name: true, phone: true, address: true } });
  return member; // ruleid: information-disclosure
}

// ok: missing-auth, missing-input-validation
export async function myProfile() {
  const { user } = await requireMember();
  // ruleid: excessive-data-exposure
  return await prisma.user.findUnique({ where: { id: user.id } });
}
