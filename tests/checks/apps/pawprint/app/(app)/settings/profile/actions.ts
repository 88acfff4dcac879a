"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

export type ProfileState = { error?: string; ok?: boolean };

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateProfile(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  formData.delete("$ACTION_ID");
  await prisma.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  revalidatePath("/settings/profile");
  return { ok: true };
}

const bioSchema = z.object({ bio: z.string().max(2000), name: z.string().trim().min(1).max(80) });

// ok: missing-auth, missing-input-validation
export async function updateBio(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const session = await auth();
  if (!session) return { error: "Not signed in" };
  const parsed = bioSchema.safeParse({ bio: formData.get("bio"), name: formData.get("name") });
  if (!parsed.success) return { error: "Bio is too long." };
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: session.user.id },
    // ok: mass-assignment
    data: parsed.data,
  });
  return { ok: true };
}

const displayNameSchema = z.object({ name: z.string().trim().min(1).max(80), actingUser: z.object({ id: z.string() }).optional() });

// Support agents reuse this from the help desk to fix typos in a customer's name.
// ok: missing-auth, missing-input-validation
export async function updateDisplayName(name: string, actingUser?: { id: string }) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const input = displayNameSchema.parse({ name, actingUser });
  const userId = input.actingUser?.id ?? session.user.id;
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { name: input.name } });
  return { ok: true };
}

// ok: missing-auth
export async function getMyProfile() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const me = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, phone: true, bio: true, image: true, totpEnabled: true },
  });
  // ok: excessive-data-exposure
  return me;
}
