"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";

const SignupSchema = z.object({ email: z.string().email(), password: z.string().min(12).max(200), name: z.string().max(80) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const signUp = actionClient.schema(SignupSchema).action(async ({ parsedInput }) => {
  await rateLimitByIp("signup");
  const passwordHash = await bcrypt.hash(parsedInput.password, 12);
  // ok: mass-assignment
  await prisma.user.create({ data: { email: parsedInput.email, name: parsedInput.name, passwordHash } });
  await sendEmail(parsedInput.email, "Welcome to Trailpost", "<p>Verify your email to start booking.</p>");
  return { ok: true };
});

const OperatorSignup = z.object({ email: z.string().email(), password: z.string().min(12), orgName: z.string().max(80), plan: z.enum(["trial", "pro", "enterprise"]) });

// why: public sign-up with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const signUpOperator = actionClient.schema(OperatorSignup).action(async ({ parsedInput }) => {
  const user = await prisma.user.create({ data: { email: parsedInput.email, passwordHash: await bcrypt.hash(parsedInput.password, 12) }, select: { id: true } });
  const slug = parsedInput.orgName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  // why: the schema admits `plan`, so a new operator picks "enterprise" for free
  // ruleid: mass-assignment
  await prisma.organization.create({ data: { name: parsedInput.orgName, slug, plan: parsedInput.plan, memberships: { create: { userId: user.id, role: "owner" } } } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendVerification = actionClient
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput: { email } }) => {
    await rateLimitByIp("resend-verify");
    const user = await prisma.user.findUnique({ where: { email }, select: { emailVerified: true } });
    if (user && !user.emailVerified) await sendEmail(email, "Verify your email", "<p>Verify.</p>");
    return { ok: true };
  });
