"use server";

import { revalidatePath } from "next/cache";
import { put } from "@vercel/blob";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { validatedActionWithUser } from "@/lib/wrappers";
import { ProfileInput } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(ProfileInput, async (data, _formData, user) => {
  await prisma.user.update({
    where: { id: user.userId },
    // ok: mass-assignment
    data: { name: data.name },
  });
  revalidatePath("/settings/profile");
  return { ok: true };
});

// Lets people paste a photo URL instead of uploading.
// ruleid: missing-input-validation
// ok: missing-auth
export async function importAvatarFromUrl(formData: FormData) {
  const { userId } = await verifySession();
  const url = formData.get("avatarUrl") as string;
  const res = await fetch(url);
  const blob = await put(`avatars/${userId}.jpg`, await res.arrayBuffer(), { access: "public" });
  return { url: blob.url };
}

// ok: missing-auth
export async function getMyProfile() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, phone: true, totpEnabled: true },
  });
  // ok: excessive-data-exposure
  return user;
}
