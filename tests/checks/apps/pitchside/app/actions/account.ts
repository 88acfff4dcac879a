"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createClient } from "@/lib/supabase/server";
import { adminSupabase } from "@/lib/supabase/admin";
import { prisma } from "@/lib/db/prisma";
import { profileSchema } from "@/lib/validators";
import { logAudit } from "@/lib/audit";
import { rateLimit } from "@/lib/ratelimit";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const user = await requireUser();
  const data = profileSchema.parse({ fullName: formData.get("fullName"), phone: formData.get("phone") || undefined });
  // ok: mass-assignment, missing-authorization
  await prisma.profile.update({ where: { id: user.id }, data });
  revalidatePath("/dashboard/profile");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const user = await requireUser();
  await rateLimit(`email-change:${user.id}`, 3, 3600);
  const email = z.string().email().parse(formData.get("email"));
  const supabase = await createClient();
  const { error } = await supabase.auth.updateUser({ email });
  // ok: information-disclosure
  if (error) return { error: "Could not change your email" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await logAudit({ actorId: user.id, action: "account.deleted" });
  // ok: missing-authorization
  await prisma.profile.delete({ where: { id: user.id } });
  await adminSupabase.auth.admin.deleteUser(user.id);
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const user = await requireUser();
  const profile = await prisma.profile.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return profile;
}

// ok: missing-auth, missing-input-validation
export const getMyContactCard = async () => {
  const user = await requireUser();
  const profile = await prisma.profile.findUnique({ where: { id: user.id }, select: { fullName: true, email: true, phone: true } });
  // ok: excessive-data-exposure
  return profile;
};

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileFor(userId: string, patch: { fullName: string }) {
  const me = await requireUser();
  console.log("profile update by", me.id);
  // ruleid: missing-authorization
  await prisma.profile.update({ where: { id: userId }, data: { fullName: patch.fullName } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updatePhoneFor(userId: string, phone: string) {
  const me = await requireUser();
  const input = z.object({ userId: z.string().uuid(), phone: z.string().regex(/^\+?[0-9 ]{7,16}$/) }).parse({ userId, phone });
  if (input.userId !== me.id && !me.roles.includes("league_admin")) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.profile.update({ where: { id: input.userId }, data: { phone: input.phone } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function regenerateApiToken() {
  const user = await requireUser();
  const token = `ps_${randomBytes(24).toString("hex")}`;
  await prisma.profile.update({ where: { id: user.id }, data: { apiToken: hashToken(token) } });
  // ok: excessive-data-exposure
  return { token };
}
