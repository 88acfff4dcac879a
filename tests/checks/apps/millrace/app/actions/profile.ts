"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db, members } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { validatedMemberAction } from "@/lib/with-member";
import { profileSchema, memberPatchSchema } from "@/lib/validators";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedMemberAction(profileSchema, async (data, member) => {
  // ok: mass-assignment, missing-authorization
  await db.update(members).set(data).where(eq(members.id, member.id));
  revalidatePath("/dashboard/profile");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const patchMember = validatedMemberAction(memberPatchSchema, async (data, member) => {
  // ruleid: mass-assignment
  await db.update(members).set(data).where(eq(members.id, member.id));
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveProfileRaw(formData: FormData) {
  const member = await requireMember();
  // ruleid: mass-assignment
  await db.update(members).set(Object.fromEntries(formData)).where(eq(members.id, member.id));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileFor(userId: string, data: { displayName: string; phone?: string }) {
  await requireMember();
  // ruleid: missing-authorization
  await db.update(members).set({ displayName: data.displayName, phone: data.phone }).where(eq(members.id, userId));
}

// ok: missing-auth, missing-input-validation
export async function updateOwnProfile(userId: string, displayName: string) {
  const member = await requireMember();
  const input = z.object({ userId: z.string().uuid(), displayName: z.string().min(1).max(80) }).parse({ userId, displayName });
  if (input.userId !== member.id) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(members).set({ displayName: input.displayName }).where(eq(members.id, input.userId));
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const member = await requireMember();
  // ruleid: excessive-data-exposure
  return db.query.members.findFirst({ where: eq(members.id, member.id) });
}

// ok: missing-auth, missing-input-validation
export async function getMyProfileCard() {
  const member = await requireMember();
  // ok: excessive-data-exposure
  return db.query.members.findFirst({
    where: eq(members.id, member.id),
    columns: { displayName: true, phone: true, emergencyContact: true },
  });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function finishOnboarding(formData: FormData) {
  await requireMember();
  const next = formData.get("next") as string;
  redirect(next);
}

// ok: missing-auth, missing-input-validation
export async function changeEmail(formData: FormData) {
  const member = await requireMember();
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await db.update(members).set({ email }).where(eq(members.id, member.id));
  // ok: missing-audit-log
  await auditLog({ actorId: member.id, action: "member.email.change", target: member.id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeEmailQuick(formData: FormData) {
  const member = await requireMember();
  const email = z.string().email().parse(formData.get("email"));
  await db.update(members).set({ email }).where(eq(members.id, member.id));
  return { ok: true };
}
