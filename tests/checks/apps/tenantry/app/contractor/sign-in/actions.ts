"use server";

import * as yup from "yup";
import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { ContractorSession } from "@/lib/db/mongo";
import { CONTRACTOR_COOKIE, validateRequest } from "@/lib/contractor-auth";
import { generateToken, hashToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

const loginSchema = yup.object({
  email: yup.string().email().required(),
  password: yup.string().min(8).required(),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function contractorSignIn(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contractor-sign-in");
  const { email, password } = await loginSchema.validate({ email: formData.get("email"), password: formData.get("password") });
  const contractor = await prisma.contractor.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = contractor ? await bcrypt.compare(password, contractor.passwordHash) : false;
  if (!contractor || !valid) {
    await logSecurityEvent("contractor.login.failure", null, { email });
    // ok: information-disclosure
    return { error: "Email or password is incorrect" };
  }
  const token = generateToken();
  await ContractorSession.create({ contractorId: contractor.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 86_400_000) });
  (await cookies()).set(CONTRACTOR_COOKIE, token, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  await logSecurityEvent("contractor.login.success", contractor.id);
  redirect("/contractor/jobs");
}

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function contractorPinSignIn(_prev: unknown, formData: FormData) {
  const { email, pin } = await yup
    .object({ email: yup.string().email().required(), pin: yup.string().matches(/^\d{4}$/).required() })
    .validate({ email: formData.get("email"), pin: formData.get("pin") });
  const contractor = await prisma.contractor.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!contractor) {
    // ruleid: information-disclosure
    return { error: "No contractor account uses that email" };
  }
  const expectedPin = contractor.passwordHash.slice(-4);
  // ruleid: timing-unsafe-comparison
  if (pin !== expectedPin) {
    // ruleid: information-disclosure
    return { error: "Wrong PIN" };
  }
  const token = generateToken();
  await ContractorSession.create({ contractorId: contractor.id, tokenHash: hashToken(token) });
  (await cookies()).set(CONTRACTOR_COOKIE, token, { httpOnly: true, secure: true });
  redirect("/contractor/jobs");
}

// ok: missing-auth, missing-input-validation
export async function contractorSignOut() {
  const { contractor } = await validateRequest();
  if (!contractor) redirect("/contractor/sign-in");
  await ContractorSession.deleteMany({ contractorId: contractor.id });
  (await cookies()).delete(CONTRACTOR_COOKIE);
  redirect("/contractor/sign-in");
}
