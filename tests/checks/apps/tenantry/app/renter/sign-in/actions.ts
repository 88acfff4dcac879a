"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { getRenterSession } from "@/lib/renter-session";
import { otpLimiter } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/email";
import { generateOtp, hashToken, secureCompare } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";

const sendSchema = z.object({
  agencySlug: z.string().min(2),
  identifier: z.union([z.string().email(), z.string().regex(/^\+44\d{9,10}$/)]),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSignInCode(formData: FormData) {
  const { agencySlug, identifier } = sendSchema.parse({
    agencySlug: formData.get("agency"),
    identifier: formData.get("identifier"),
  });
  const { success } = await otpLimiter.limit(`send:${identifier}`);
  if (!success) return { error: "Too many codes requested. Try again in 15 minutes." };

  const renter = await prisma.renter.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { phone: identifier },
    select: { id: true, email: true, phone: true },
  });
  if (renter) {
    const code = generateOtp();
    await prisma.renter.update({
      where: { id: renter.id },
      data: { otpHash: hashToken(code), otpExpiresAt: new Date(Date.now() + 10 * 60_000) },
    });
    if (renter.phone && identifier.startsWith("+")) await sendSms(renter.phone, `Your ${agencySlug} code is ${code}`);
    else await sendEmail({ to: renter.email, subject: "Your sign-in code", html: `<p>${code}</p>` });
  }
  const session = await getRenterSession();
  session.pendingEmail = identifier;
  await session.save();
  // ok: information-disclosure
  return { message: "If we found your tenancy, a code is on its way." };
}

const verifySchema = z.object({ code: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifySignInCode(formData: FormData) {
  const { code } = verifySchema.parse({ code: formData.get("code") });
  const session = await getRenterSession();
  if (!session.pendingEmail) redirect("/renter/sign-in");
  const { success } = await otpLimiter.limit(`verify:${session.pendingEmail}`);
  if (!success) return { error: "Too many attempts" };

  const renter = await prisma.renter.findFirst({
    where: { OR: [{ email: session.pendingEmail }, { phone: session.pendingEmail }] },
    select: { id: true, agencyId: true, otpHash: true, otpExpiresAt: true },
  });
  // ok: timing-unsafe-comparison
  if (!renter || !renter.otpHash || !renter.otpExpiresAt || renter.otpExpiresAt < new Date() || !secureCompare(renter.otpHash, hashToken(code))) {
    await logSecurityEvent("renter.login.failure", null, { identifier: session.pendingEmail });
    // ok: information-disclosure
    return { error: "That code is not valid" };
  }
  await prisma.renter.update({ where: { id: renter.id }, data: { otpHash: null } });
  session.renterId = renter.id;
  session.agencyId = renter.agencyId;
  session.pendingEmail = undefined;
  await session.save();
  await logSecurityEvent("renter.login.success", renter.id);
  redirect("/renter/lease");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifyCodeFromSmsLink(formData: FormData) {
  const parsed = z.object({ renterId: z.string().cuid(), otp: z.string().length(6) }).safeParse({
    renterId: formData.get("r"),
    otp: formData.get("otp"),
  });
  if (!parsed.success) return { error: "Invalid link" };
  const renter = await prisma.renter.findUnique({ where: { id: parsed.data.renterId }, select: { id: true, agencyId: true, otpHash: true } });
  if (!renter) {
    logger.warn({ renterId: parsed.data.renterId }, "renter.login.failure");
    // ruleid: information-disclosure
    return { error: "We couldn't find a renter with that link" };
  }
  // ruleid: timing-unsafe-comparison
  if (renter.otpHash != hashToken(parsed.data.otp)) {
    logger.warn({ renterId: renter.id }, "renter.login.failure");
    return { error: "Incorrect code for this renter" };
  }
  const session = await getRenterSession();
  session.renterId = renter.id;
  session.agencyId = renter.agencyId;
  await session.save();
  logger.info({ renterId: renter.id }, "renter.login.success");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function signOutRenter() {
  const session = await getRenterSession();
  session.destroy();
  redirect("/renter/sign-in");
}
