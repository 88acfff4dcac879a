"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/volunteer";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { volunteerActionClient } from "@/lib/safe-action";
import { volunteerProfileSchema } from "@/lib/validators";
import { recordAudit } from "@/lib/audit";
import { authLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function updateMyProfile(_prev: unknown, formData: FormData) {
  const { volunteerId } = await requireVolunteer();
  const submission = parseWithZod(formData, { schema: volunteerProfileSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment, missing-authorization
  await prisma.volunteer.update({ where: { id: volunteerId }, data: { ...submission.value } });
  return submission.reply();
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMyProfileFast(formData: FormData) {
  const { volunteerId } = await requireVolunteer();
  // ruleid: mass-assignment
  await prisma.volunteer.update({ where: { id: volunteerId }, data: Object.fromEntries(formData) });
}

// Profile edit used by the coordinator "edit on behalf" screen and by volunteers themselves.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateVolunteerProfile(input: { name: string; phone?: string }, forVolunteerId?: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/join");
  const data = volunteerProfileSchema.pick({ name: true, phone: true }).parse(input);
  const targetId = forVolunteerId ?? session.user.id;
  // ruleid: missing-authorization
  await prisma.volunteer.update({ where: { id: targetId }, data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myProfile() {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  const me = await prisma.volunteer.findUnique({ where: { id: volunteerId } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function myProfileCard() {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  const me = await prisma.volunteer.findUnique({ where: { id: volunteerId }, select: { name: true, email: true, phone: true, postcode: true } });
  // ok: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export const setPayoutIban = volunteerActionClient
  .schema(z.object({ iban: z.string().regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.volunteer.update({ where: { id: ctx.volunteerId }, data: { payoutIban: parsedInput.iban } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeVolunteerEmail(formData: FormData) {
  const { volunteerId } = await requireVolunteer();
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const { success } = await authLimiter.limit(`email-change:${volunteerId}`);
  if (!success) return { error: "Try again later" };
  await auth.api.changeEmail({ body: { newEmail: email, callbackURL: "/me" }, headers: await headers() });
  logger.info("volunteer.email_change_requested", { volunteerId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changeVolunteerPassword(formData: FormData) {
  const { volunteerId } = await requireVolunteer();
  const { current, next } = z.object({ current: z.string().min(1), next: z.string().min(10) }).parse(Object.fromEntries(formData));
  await auth.api.changePassword({ body: { currentPassword: current, newPassword: next, revokeOtherSessions: true }, headers: await headers() });
  return { ok: true, volunteerId };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  const { volunteerId } = await requireVolunteer();
  await prisma.visit.deleteMany({ where: { volunteerId, status: "booked" } });
  await prisma.volunteer.update({ where: { id: volunteerId }, data: { email: `deleted-${volunteerId}@invalid`, name: null, phone: null, medicalHistory: null } });
  await recordAudit({ actorId: volunteerId, action: "volunteer.account_deleted" });
  await auth.api.signOut({ headers: await headers() });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function closeMyAccountNow() {
  const { volunteerId } = await requireVolunteer();
  await prisma.volunteer.delete({ where: { id: volunteerId } });
  redirect("/");
}
