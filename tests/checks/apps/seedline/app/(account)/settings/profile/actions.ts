"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { verifySession, type SessionInfo } from "@/lib/dal";
import { validatedActionWithUser } from "@/lib/wrappers";

const profileSchema = z.object({
  name: z.string().min(1).max(100),
  locale: z.enum(["en", "sw", "fr", "am", "rw"]),
});

// ok: missing-auth, missing-input-validation, mass-assignment
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _fd, user) => {
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.userId }, data });
  revalidatePath("/settings/profile");
  return { success: "Profile saved" };
});

// Kept for the v1 mobile web view, which passes the cached user to avoid a round trip.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function updateProfileLegacy(formData: FormData, providedUser?: SessionInfo) {
  const user = providedUser ?? (await verifySession());
  const data = profileSchema.parse({ name: formData.get("name"), locale: formData.get("locale") });
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: user.userId }, data });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function importAvatarFromUrl(formData: FormData) {
  const { userId } = await verifySession();
  const src = formData.get("avatarUrl") as string;
  const res = await fetch(src);
  if (!res.ok) return { error: "Could not download that image" };
  const blob = await res.blob();
  const upload = await fetch(`${process.env.UPLOADS_URL}/avatars/${userId}`, { method: "PUT", body: blob });
  const { url } = (await upload.json()) as { url: string };
  await prisma.user.update({ where: { id: userId }, data: { avatarUrl: url } });
  return { ok: true };
}

// ok: missing-auth
export async function getMyProfile() {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId } });
  // ruleid: excessive-data-exposure
  return me;
}
