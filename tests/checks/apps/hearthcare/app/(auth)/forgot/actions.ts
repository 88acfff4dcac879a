"use server";

import { randomBytes } from "node:crypto";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";

const schema = yup.object({ email: yup.string().email().required() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot", 3);
  const { email } = await schema.validate({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token) } });
    await sendEmail(email, "Reset your password", `<a href="https://app.hearthcare.app/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that email is registered, a reset link is on its way." };
}
