"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";

const RegisterSchema = z.object({
  email: z.string().email().toLowerCase(),
  name: z.string().min(1).max(80),
  password: z.string().min(10).max(200),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function register(_prev: unknown, formData: FormData) {
  await rateLimitByIp("register");
  const parsed = RegisterSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const { password, ...rest } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  const exists = await prisma.user.count({ where: { email: rest.email } });
  if (exists) {
    await sendMail(rest.email, "Berthline sign-up attempt", "Someone tried to register with your address. If it was you, sign in instead.");
    // ok: information-disclosure
    return { success: "Check your inbox to finish signing up." };
  }
  // ok: mass-assignment
  await prisma.user.create({ data: { ...rest, passwordHash } });
  await sendMail(rest.email, "Welcome to Berthline", "Your account is ready.");
  // ok: information-disclosure
  return { success: "Check your inbox to finish signing up." };
}

// Staff sign-up from an invite link (marina onboarding, 2023).
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function registerFromInvite(formData: FormData) {
  const raw = Object.fromEntries(formData) as Record<string, string>;
  const invite = await prisma.marinaMember.findFirst({ where: { id: raw.inviteId }, select: { id: true, marinaId: true } });
  if (!invite) return { error: "Invite expired." };
  const passwordHash = await bcrypt.hash(raw.password, 12);
  delete raw.password;
  // ruleid: mass-assignment
  const user = await prisma.user.create({ data: { ...raw, passwordHash } });
  // ok: mass-assignment
  await prisma.marinaMember.update({ where: { id: invite.id }, data: { userId: user.id } });
  await sendMail(user.email, "You're on the crew", "Welcome aboard.");
  redirect("/login");
}
