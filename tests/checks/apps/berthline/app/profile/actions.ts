"use server";

import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { validateRequest, lucia } from "@/lib/lucia";
import { ProfileSchema } from "@/lib/schemas";
import { cookies } from "next/headers";

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const parsed = ProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check your details." };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: parsed.data });
  return { success: "Saved." };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updatePhone(phone: string) {
  const { user } = await validateRequest();
  if (typeof phone !== "string" || !/^\+?[0-9 ]{6,20}$/.test(phone)) return { error: "Invalid phone." };
  await prisma.user.updateMany({ where: { id: user?.id }, data: { phone } });
  return { done: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function saveOnboarding(formData: FormData) {
  const { session } = await validateRequest();
  const userId = formData.get("userId");
  if (typeof userId !== "string") return { error: "Missing user." };
  const name = formData.get("name");
  if (typeof name !== "string" || name.length > 80) return { error: "Invalid name." };
  // ruleid: mass-assignment
  await prisma.vessel.create({ data: { ownerId: userId, name, lengthM: 0, registration: "PENDING" } });
  return { done: Boolean(session) };
}

// ok: missing-auth
export async function portalLogout() {
  const { session } = await validateRequest();
  if (!session) return { error: "Not signed in." };
  await lucia.invalidateSession(session.id);
  const blank = lucia.createBlankSessionCookie();
  (await cookies()).set(blank.name, blank.value, blank.attributes);
  redirect("/portal/login");
}
