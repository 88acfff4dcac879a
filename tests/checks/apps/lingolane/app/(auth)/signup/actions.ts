"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { limitedActionClient, actionClient } from "@/lib/safe-action";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";

const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  name: z.string().min(1).max(80),
  accountType: z.enum(["client", "translator"]),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const signUp = limitedActionClient.metadata({ name: "signup" }).schema(signupSchema).action(async ({ parsedInput }) => {
  const passwordHash = await bcrypt.hash(parsedInput.password, 12);
  await prisma.user.create({
    data: {
      email: parsedInput.email.toLowerCase(),
      name: parsedInput.name,
      passwordHash,
      // ok: mass-assignment
      platformRole: parsedInput.accountType === "translator" ? "TRANSLATOR" : "USER",
    },
  });
  await sendMail(parsedInput.email, "Welcome to Lingolane", "Please verify your email.");
  redirect("/onboarding");
});

const agencySignupSchema = signupSchema.extend({ platformRole: z.enum(["USER", "TRANSLATOR", "AGENCY_MANAGER", "ADMIN"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const signUpAgency = actionClient.schema(agencySignupSchema).action(async ({ parsedInput: { password, ...rest } }) => {
  const passwordHash = await bcrypt.hash(password, 12);
  await prisma.user.create({
    // todoruleid: mass-assignment
    data: { ...rest, passwordHash },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendVerification = actionClient.schema(z.object({ email: z.string().email() })).action(async ({ parsedInput }) => {
  await rateLimitByIp("resend-verify", 3);
  const user = await prisma.user.findUnique({ where: { email: parsedInput.email }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) await sendMail(parsedInput.email, "Verify your email", "Click the link to verify.");
  // ok: information-disclosure
  return { ok: true, message: "If an account exists, we sent a new link." };
});
