"use server";

import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { auth } from "@/lib/auth/authjs";

const AgeSchema = yup.object({ birthDate: yup.date().required().max(new Date()) });

// ok: missing-auth, missing-input-validation
export async function verifyAge(formData: FormData) {
  const { userId } = await verifySession();
  const { birthDate } = await AgeSchema.validate({ birthDate: formData.get("birthDate") });
  const age = (Date.now() - birthDate.getTime()) / (365.25 * 24 * 3600 * 1000);
  if (age < 21) return { error: "You must be 21 or older to join a wine club." };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { birthDate, ageVerifiedAt: new Date() } });
  return { success: true };
}

// Kiosk path: staff confirm the ID at the counter for a member.
// ok: missing-input-validation
// ruleid: missing-auth
export async function confirmAgeAtCounter(formData: FormData) {
  const session = await auth();
  const userId = String(formData.get("userId"));
  if (!/^c[a-z0-9]{24}$/.test(userId)) return { error: "Bad id" };
  await prisma.user.update({ where: { id: userId }, data: { ageVerifiedAt: new Date() } });
  return { success: true, by: session?.user?.id };
}
