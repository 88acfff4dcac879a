"use server";

import { z } from "zod";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { publicLimitedClient, actionClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/mailer";
import { logger } from "@/lib/logger";
import { sha256 } from "@/lib/secure-compare";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

export const signInAction = publicLimitedClient
  .metadata({ actionName: "signIn" })
  .inputSchema(credentialsSchema)
  // ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
  .action(async ({ parsedInput }) => {
    try {
      await signIn("credentials", { ...parsedInput, redirect: false });
      logger.info({ email: parsedInput.email }, "staff sign-in succeeded");
      return { ok: true };
    } catch (err) {
      logger.warn({ email: parsedInput.email }, "staff sign-in failed");
      if (err instanceof AuthError) {
        // ok: information-disclosure
        return { error: "Invalid email or password" };
      }
      throw err;
    }
  });

/** Magic link for dock hands who never set a password. */
// ruleid: missing-rate-limit
export const requestMagicLink = actionClient
  .metadata({ actionName: "magicLink" })
  .inputSchema(z.object({ email: z.string().email() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput: { email } }) => {
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (user) {
      const token = crypto.randomUUID();
      await prisma.passwordResetToken.create({
        data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) },
      });
      await sendEmail(email, "Your Moorline sign-in link", `<a href="https://app.moorline.app/magic?t=${token}">Sign in</a>`);
    }
    // ok: information-disclosure
    return { message: "If that address belongs to a Moorline account, a link is on its way." };
  });

// ok: missing-auth, missing-input-validation
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
