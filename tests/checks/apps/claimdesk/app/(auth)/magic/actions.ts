"use server";

import { z } from "zod/v4";
import { prisma } from "@/lib/db";
import { aj } from "@/lib/arcjet";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { request } from "@arcjet/next";

const MagicSchema = z.object({ email: z.email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const decision = await aj.protect(await request());
  if (decision.isDenied()) return { error: "Too many requests" };
  const parsed = MagicSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Invalid e-mail" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that e-mail." };
  }
  const token = newToken();
  await prisma.passwordReset.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 9e5) } });
  await sendEmail(parsed.data.email, "Your sign-in link", `https://app.claimdesk.io/magic/${token}`);
  return { ok: true };
}
