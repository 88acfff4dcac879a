"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { validatedAction } from "@/lib/validated-action";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const registerSchema = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  marinaName: z.string().min(2).max(120),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const registerOperator = validatedAction(registerSchema, async (data) => {
  await rateLimitByIp("register", 5);
  const existing = await prisma.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) {
    // ok: information-disclosure
    return { success: "Check your inbox to finish setting up Moorline." };
  }
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { name: data.name, email: data.email, passwordHash: await bcrypt.hash(data.password, 12) },
    select: { id: true },
  });
  await prisma.organization.create({
    data: {
      name: data.marinaName,
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
  });
  await sendEmail(data.email, "Welcome aboard Moorline", "<p>Confirm your address to start taking bookings.</p>");
  redirect("/onboarding");
});

/** Older sign-up form still linked from the WordPress site. */
// ruleid: missing-rate-limit
// ok: missing-auth
export async function registerLegacy(formData: FormData) {
  const parsed = registerSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    marinaName: formData.get("marinaName"),
  });
  if (!parsed.success) return { error: "Please check the form" };
  const { name, email, password, marinaName } = parsed.data;
  const user = await prisma.user.create({
    data: { name, email, passwordHash: await bcrypt.hash(password, 12) },
    select: { id: true },
  });
  await prisma.organization.create({ data: { name: marinaName, memberships: { create: { userId: user.id, role: "OWNER" } } } });
  await sendEmail(email, "Welcome aboard Moorline", "<p>Confirm your address to start taking bookings.</p>");
  return { ok: true };
}
