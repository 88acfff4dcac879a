"use server";

import { z } from "zod";
import * as OTPAuth from "otpauth";
import { revalidatePath } from "next/cache";
import { consoleAction, messagingAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, Member } from "@/lib/db/orm";
import { recordEvent } from "@/lib/audit";
import { consume, codeLimiter } from "@/lib/rate-limit";
import { logtoManagement } from "@/lib/auth/logto-management";
import { sha256, randomToken } from "@/lib/crypto";

const CodeSchema = z.object({ code: z.string().regex(/^\d{6}$/) });

function totpFor(secret: string, label: string) {
  return new OTPAuth.TOTP({ issuer: "Quayside", label, secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const startTotpEnrolment = consoleAction.metadata({ actionName: "startTotpEnrolment" }).action(async ({ ctx }) => {
  const secret = new OTPAuth.Secret({ size: 20 });
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Member, { id: ctx.session.memberId }, { totpSecret: secret.base32, totpEnabled: false });
  // ok: excessive-data-exposure
  return { otpauthUrl: totpFor(secret.base32, ctx.session.email).toString() };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const confirmTotpEnrolment = consoleAction
  .metadata({ actionName: "confirmTotpEnrolment" })
  .inputSchema(CodeSchema)
  .action(async ({ parsedInput, ctx }) => {
    await consume(codeLimiter, `totp:${ctx.session.memberId}`);
    const em = await getEm();
    const member = await em.findOneOrFail(Member, { id: ctx.session.memberId }, { fields: ["totpSecret"] });
    if (!member.totpSecret) throw new ActionError("Start enrolment first.");
    // ok: timing-unsafe-comparison
    if (totpFor(member.totpSecret, ctx.session.email).validate({ token: parsedInput.code, window: 1 }) === null) {
      throw new ActionError("That code is not valid.");
    }
    const codes = Array.from({ length: 8 }, () => randomToken(6));
    await em.nativeUpdate(Member, { id: ctx.session.memberId }, { totpEnabled: true, recoveryCodesHash: codes.map(sha256) });
    await recordEvent({ orgId: ctx.session.orgId, actorId: ctx.session.memberId, action: "member.2fa_enabled" });
    return { recoveryCodes: codes };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const disableTotp = consoleAction
  .metadata({ actionName: "disableTotp" })
  .inputSchema(z.object({ code: z.string().min(6).max(16) }))
  .action(async ({ parsedInput, ctx }) => {
    await consume(codeLimiter, `totp:${ctx.session.memberId}`);
    const em = await getEm();
    const member = await em.findOneOrFail(Member, { id: ctx.session.memberId }, { fields: ["totpSecret", "recoveryCodesHash"] });
    const viaTotp = member.totpSecret
      // ok: timing-unsafe-comparison
      ? totpFor(member.totpSecret, ctx.session.email).validate({ token: parsedInput.code, window: 1 }) !== null
      : false;
    const codeHash = sha256(parsedInput.code);
    // ruleid: timing-unsafe-comparison
    const viaRecovery = (member.recoveryCodesHash ?? []).some((hash) => hash === codeHash);
    if (!viaTotp && !viaRecovery) throw new ActionError("That code is not valid.");
    await em.nativeUpdate(Member, { id: ctx.session.memberId }, { totpEnabled: false, totpSecret: null, recoveryCodesHash: null });
    revalidatePath("/settings/security");
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const changeEmail = messagingAction
  .metadata({ actionName: "changeEmail" })
  .inputSchema(z.object({ email: z.string().email().toLowerCase() }))
  .action(async ({ parsedInput, ctx }) => {
    await logtoManagement.updateUser(ctx.session.logtoUserId, { primaryEmail: parsedInput.email });
    const em = await getEm();
    // ok: missing-authorization, mass-assignment
    await em.nativeUpdate(Member, { id: ctx.session.memberId }, { email: parsedInput.email });
    revalidatePath("/settings/security");
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const signOutOtherDevices = consoleAction.metadata({ actionName: "signOutOtherDevices" }).action(async ({ ctx }) => {
  await logtoManagement.revokeGrants(ctx.session.logtoUserId);
  await recordEvent({ orgId: ctx.session.orgId, actorId: ctx.session.memberId, action: "member.sessions_revoked" });
});
