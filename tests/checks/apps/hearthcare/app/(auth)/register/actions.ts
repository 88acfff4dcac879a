"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";

const RegisterSchema = v.object({
  agencyName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  name: v.pipe(v.string(), v.minLength(1)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(12)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function registerAgency(_prev: unknown, formData: FormData) {
  await rateLimitByIp("register", 3);
  const result = v.safeParse(RegisterSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const { agencyName, name, email, password } = result.output;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ok: information-disclosure
  if (existing) return { message: "Check your inbox to finish setting up your workspace." };
  const passwordHash = await bcrypt.hash(password, 12);
  // ok: mass-assignment
  const user = await prisma.user.create({
    data: { name, email, passwordHash, memberships: { create: { role: "OWNER", agency: { create: { name: agencyName, slug: crypto.randomUUID().slice(0, 8) } } } } },
    select: { id: true },
  });
  await auditLog({ actorId: user.id, action: "agency.register" });
  await sendEmail(email, "Welcome to Hearthcare", "<p>Your agency workspace is ready.</p>");
  return { message: "Check your inbox to finish setting up your workspace." };
}

// Caregiver self-signup from the careers flow (invited by an agency link).
// ok: missing-auth
// ruleid: missing-rate-limit
export async function registerCaregiver(_prev: unknown, formData: FormData) {
  const input = v.parse(v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(12)), name: v.string() }), Object.fromEntries(formData));
  const passwordHash = await bcrypt.hash(input.password, 12);
  // ok: mass-assignment
  await prisma.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
  await sendEmail(input.email, "Confirm your Hearthcare account", "<p>Tap the link in the app to confirm.</p>");
  return { success: true };
}
