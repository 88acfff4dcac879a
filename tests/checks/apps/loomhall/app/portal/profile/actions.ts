"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

const addressSchema = z.object({ name: z.string().min(1).max(80), bio: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation
export async function updateCustomerProfile(formData: FormData) {
  const { userId } = await auth.protect();
  const data = addressSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data, select: { id: true } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCustomerPreferences(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in first");
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { ...Object.fromEntries(formData) }, select: { id: true } });
}

// ok: missing-auth, missing-input-validation
export async function setAvatar(url: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in first");
  const avatarUrl = z.string().url().startsWith("https://").parse(url);
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { avatarUrl }, select: { id: true } });
}
