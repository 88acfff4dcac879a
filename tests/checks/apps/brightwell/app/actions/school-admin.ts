"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withSchool, withSchoolAdmin } from "@/lib/with-school";
import { ptaAdminClient } from "@/lib/safe-action";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { isSchoolAdmin } from "@/lib/guards";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const roleSchema = z.object({ membershipId: z.string().cuid(), role: z.enum(["pta_admin", "teacher", "coordinator"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withSchoolAdmin("membership.role_changed", async (ctx, input: unknown) => {
  const { membershipId, role } = roleSchema.parse(input);
  // ok: missing-authorization
  await db.membership.updateMany({ where: { id: membershipId, schoolId: ctx.schoolId }, data: { role } });
  revalidatePath("/schools/team");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeTeacher = withSchool(async (ctx, input: { membershipId: string }) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse(input);
  if (ctx.role !== "pta_admin") throw new Error("Forbidden");
  // ok: missing-authorization
  await db.membership.deleteMany({ where: { id: membershipId, schoolId: ctx.schoolId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const promoteToAdmin = ptaAdminClient
  .metadata({ name: "promoteToAdmin" })
  .schema(z.object({ membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.membership.updateMany({ where: { id: parsedInput.membershipId, schoolId: ctx.schoolId }, data: { role: "pta_admin" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function demoteAdmin(membershipId: string) {
  const staff = await requireSchoolStaff();
  z.string().cuid().parse(membershipId);
  // ruleid: floating-auth-check
  if (!isSchoolAdmin(staff.user.id, staff.schoolId)) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.membership.updateMany({ where: { id: membershipId, schoolId: staff.schoolId }, data: { role: "teacher" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setStaffRole(formData: FormData) {
  const staff = await requireSchoolStaff(["pta_admin"]);
  const { membershipId, role } = roleSchema.parse({ membershipId: formData.get("membershipId"), role: formData.get("role") });
  // ok: missing-authorization
  await db.membership.updateMany({ where: { id: membershipId, schoolId: staff.schoolId }, data: { role } });
  await audit.record({ actorId: staff.user.id, schoolId: staff.schoolId, action: "membership.role_changed", target: membershipId, meta: { role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteTeacher = withSchoolAdmin("membership.invited", async (ctx, input: unknown) => {
  await rateLimitByIp(`invite:${ctx.schoolId}`);
  const { email } = z.object({ email: z.string().email() }).parse(input);
  const user = await db.user.upsert({ where: { email }, update: {}, create: { email }, select: { id: true } });
  // ok: mass-assignment
  await db.membership.upsert({ where: { userId_schoolId: { userId: user.id, schoolId: ctx.schoolId } }, update: {}, create: { userId: user.id, schoolId: ctx.schoolId, role: "teacher" } });
  await sendMail(email, "You've been added to Brightwell", "<p>Sign in with this email to get started.</p>");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendTeacherInvite = withSchoolAdmin("membership.invite_resent", async (ctx, input: unknown) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse(input);
  // ok: missing-authorization
  const m = await db.membership.findFirst({ where: { id: membershipId, schoolId: ctx.schoolId }, select: { user: { select: { email: true } } } });
  if (m) await sendMail(m.user.email, "Reminder: join Brightwell", "<p>Sign in with this email.</p>");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log
export async function addStaffMember(formData: FormData) {
  const staff = await requireSchoolStaff();
  const data = z.object({ userId: z.string().cuid(), role: z.enum(["pta_admin", "teacher", "coordinator"]) }).parse(Object.fromEntries(formData));
  // ruleid: mass-assignment
  await db.membership.create({ data: { userId: data.userId, schoolId: staff.schoolId, role: data.role } });
  return { ok: true };
}
