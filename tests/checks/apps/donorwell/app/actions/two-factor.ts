"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { getSession } from "@/lib/dal";
import { authLimiter } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";
import { authActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const enableTwoFactor = authActionClient
  .metadata({ actionName: "enableTwoFactor" })
  .inputSchema(z.object({ password: z.string().min(1).max(128) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await authLimiter.limit(`2fa-enable:${ctx.user.id}`);
    if (!success) return { error: "Too many attempts" };
    const res = await auth.api.enableTwoFactor({ body: { password: parsedInput.password }, headers: await headers() });
    await audit.record({ actorId: ctx.user.id, action: "auth.2fa.enable" });
    // ok: excessive-data-exposure
    return { totpURI: res.totpURI, backupCodes: res.backupCodes };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const disableTwoFactor = authActionClient
  .metadata({ actionName: "disableTwoFactor" })
  .inputSchema(z.object({ password: z.string().min(1).max(128) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await authLimiter.limit(`2fa-disable:${ctx.user.id}`);
    if (!success) return { error: "Too many attempts" };
    await auth.api.disableTwoFactor({ body: { password: parsedInput.password }, headers: await headers() });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyTotp(formData: FormData) {
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  try {
    await auth.api.verifyTOTP({ body: { code }, headers: await headers() });
  } catch (e) {
    // ruleid: information-disclosure
    return { error: String(e) };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyBackupCode(formData: FormData) {
  const code = z.string().min(8).max(20).parse(formData.get("code"));
  const { success } = await authLimiter.limit(`backup:${code.slice(0, 4)}`);
  if (!success) return { error: "Too many attempts" };
  try {
    await auth.api.verifyBackupCode({ body: { code }, headers: await headers() });
  } catch (e) {
    console.error("backup code", e);
    // ok: information-disclosure
    return { error: "That code did not work." };
  }
  return { ok: true };
}

// ok: missing-input-validation, missing-auth
export async function twoFactorStatus() {
  const session = await getSession();
  if (!session) return { enabled: false };
  // ok: excessive-data-exposure
  return { enabled: Boolean((session.user as { twoFactorEnabled?: boolean }).twoFactorEnabled) };
}
