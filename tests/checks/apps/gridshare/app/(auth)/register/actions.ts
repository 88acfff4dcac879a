"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const registerSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/).optional(),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function register(_prev: unknown, formData: FormData) {
  const { success } = await ratelimit.limit(`register:${await clientIp()}`);
  if (!success) return { error: "Too many attempts, try again later" };
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) {
    // ok: information-disclosure
    return { success: "Check your inbox to continue" };
  }
  const { password, ...profile } = parsed.data;
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { ...profile, passwordHash: await bcrypt.hash(password, 12) },
    select: { id: true, email: true },
  });
  await sendMail(user.email, "Confirm your Gridshare account", `<a href="https://gridshare.coop/verify?u=${user.id}">Confirm</a>`);
  redirect("/verify/sent");
}

// Partner onboarding from the co-op federation's site.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function registerFromPartner(formData: FormData) {
  const email = String(formData.get("email"));
  const user = await prisma.user.create({
    data: {
      email,
      name: String(formData.get("name") ?? ""),
      // ruleid: mass-assignment
      role: formData.get("role") === "INSTALLER" ? "INSTALLER" : "MEMBER",
    },
    select: { id: true },
  });
  await sendMail(email, "Welcome to Gridshare", "<p>Your partner account is ready.</p>");
  return { id: user.id };
}
