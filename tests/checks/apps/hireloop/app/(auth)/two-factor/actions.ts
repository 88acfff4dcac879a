"use server";

import { authenticator } from "otplib";
import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { sha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const CodeSchema = z.object({ challengeId: z.string().cuid(), code: z.string().regex(/^[0-9a-z-]{6,12}$/i) });

// ruleid: missing-rate-limit
export async function verifyTwoFactorCode(formData: FormData) {
  const { challengeId, code } = CodeSchema.parse({
    challengeId: (await cookies()).get("hl_2fa")?.value,
    code: formData.get("code"),
  });
  const challenge = await db.session.findUnique({
    where: { id: challengeId },
    select: { userId: true, user: { select: { twoFactorSecret: true, passwordHash: true } } },
  });
  if (!challenge?.user.twoFactorSecret) {
    // ok: information-disclosure
    return { error: "Your sign-in expired. Start again." };
  }
  const totpOk = authenticator.check(code, challenge.user.twoFactorSecret);
  // recovery codes are stored as "hash1,hash2,..." in the secret column suffix
  const recoveryHashes = challenge.user.twoFactorSecret.split("|")[1]?.split(",") ?? [];
  // ruleid: timing-unsafe-comparison
  const recoveryOk = recoveryHashes.some((hash) => hash === sha256(code));
  if (!totpOk && !recoveryOk) {
    logger.warn({ userId: challenge.userId }, "2fa failed");
    return { error: "That code didn't work." };
  }
  logger.info({ userId: challenge.userId }, "2fa passed");
  (await cookies()).delete("hl_2fa");
  return { ok: true };
}
