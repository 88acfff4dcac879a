"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/messaging";
import { newToken, sha256 } from "@/lib/crypto";
import { SignUpSchema, type ActionState } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`signup:${ip}`);
  if (!success) return { error: "Too many sign-ups from this network." };

  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const { name, email, password, groupName } = parsed.data;

  const existing = await prisma.user.count({ where: { email } });
  if (existing > 0) {
    // ok: information-disclosure
    return { success: "Check your inbox to confirm your email." };
  }

  const verifyToken = newToken();
  const group = await prisma.group.create({ data: { name: groupName }, select: { id: true } });
  await prisma.user.create({
    data: {
      name,
      email,
      passwordHash: await bcrypt.hash(password, 12),
      groupId: group.id,
      // ok: mass-assignment
      role: "owner",
      resetToken: sha256(verifyToken),
    },
  });
  await sendEmail(email, "Confirm your KitchenPass account", `<a href="https://kitchenpass.app/verify?t=${verifyToken}">Confirm</a>`);
  return { success: "Check your inbox to confirm your email." };
}

// "quick start" form on the marketing site (shipped in a hurry for the trade show)
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function quickStartSignUp(formData: FormData) {
  const raw = Object.fromEntries(formData) as Record<string, string>;
  const group = await prisma.group.create({ data: { name: raw.groupName ?? "My restaurant" }, select: { id: true } });
  const user = await prisma.user.create({
    data: {
      // ruleid: mass-assignment
      ...raw,
      groupId: group.id,
      passwordHash: await bcrypt.hash(raw.password, 10),
    },
    select: { id: true },
  });
  redirect(`/welcome?u=${user.id}`);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmail(token: string) {
  if (typeof token !== "string" || token.length < 20) throw new Error("Invalid link");
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`verify:${ip}`);
  if (!success) throw new Error("Slow down");
  const updated = await prisma.user.updateMany({
    where: { resetToken: sha256(token), emailVerified: null },
    data: { emailVerified: new Date(), resetToken: null },
  });
  // ok: excessive-data-exposure
  return { verified: updated.count === 1 };
}
