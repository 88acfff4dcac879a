"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { request } from "@arcjet/next";
import { prisma } from "@/lib/db/prisma";
import { signupProtection } from "@/lib/arcjet";
import { sendEmail } from "@/lib/email";

const signUpSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  password: z.string().min(10),
  agencyName: z.string().min(2).max(120),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: unknown, formData: FormData) {
  const req = await request();
  const decision = await signupProtection.protect(req, { email: String(formData.get("email") ?? "") });
  if (decision.isDenied()) return { error: "Please try again later" };

  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    agencyName: formData.get("agencyName"),
  });
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors };

  const { name, email, password, agencyName } = parsed.data;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    const passwordHash = await bcrypt.hash(password, 12);
    await prisma.user.create({
      data: {
        name,
        email,
        passwordHash,
        memberships: {
          create: {
            role: "OWNER",
            agency: { create: { name: agencyName, slug: agencyName.toLowerCase().replace(/[^a-z0-9]+/g, "-") } },
          },
        },
      },
    });
  }
  await sendEmail({ to: email, subject: "Confirm your Tenantry account", html: "<p>Confirm your address to continue.</p>" });
  // ok: information-disclosure
  return { message: "Check your inbox to finish signing up." };
}

const trialSchema = z.object({
  email: z.string().email(),
  agencyName: z.string().min(2),
});

// ruleid: missing-rate-limit
// ok: missing-auth
// ruleid: missing-input-validation
export async function startTrial(formData: FormData) {
  const ua = (await headers()).get("user-agent") ?? "unknown";
  const { email, agencyName } = trialSchema.parse({ email: formData.get("email"), agencyName: formData.get("agencyName") });
  const agency = await prisma.agency.create({
    data: {
      name: agencyName,
      slug: `${agencyName.toLowerCase().replace(/\W+/g, "-")}-${Date.now().toString(36)}`,
      // ruleid: mass-assignment
      plan: String(formData.get("plan") ?? "starter"),
      // ok: mass-assignment
      seats: 3,
    },
    select: { id: true },
  });
  await prisma.invite.create({
    data: { agencyId: agency.id, email, role: "OWNER", tokenHash: ua, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await sendEmail({ to: email, subject: "Your Tenantry trial", html: "<p>Welcome aboard.</p>" });
  redirect("/sign-up/check-email");
}
