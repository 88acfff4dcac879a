"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/wrappers";

const profileSchema = z.object({
  name: z.string().min(1).max(80),
  bio: z.string().max(1000).optional(),
  avatarUrl: z.string().url().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data, select: { id: true } });
  revalidatePath("/account");
  return { ok: true };
});

// Older JSON endpoint used by the mobile app's profile screen.
// ok: missing-auth
// ruleid: missing-input-validation
export async function saveProfileJson(payload: Record<string, unknown>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: payload, select: { id: true } });
  revalidatePath("/account");
}

// ok: missing-auth
export async function getMyProfile() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const me = await prisma.user.findUnique({ where: { id: session.user.id } });
  // ruleid: excessive-data-exposure
  return me;
}
