"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { prisma } from "@/lib/prisma";
import { authActionClient, auditedActionClient, ActionError } from "@/lib/safe-action";
import { ratelimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export const enableTwoFactor = auditedActionClient
  .metadata({ actionName: "2fa.enable" })
  .schema(z.object({ code: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`2fa:${ctx.userId}`);
    if (!success) throw new ActionError("Too many attempts.");
    const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
    if (!user?.twoFactorSecret) throw new ActionError("Start setup first.");
    // ok: timing-unsafe-comparison
    if (!authenticator.check(parsedInput.code, user.twoFactorSecret)) throw new ActionError("Wrong code.");
    // ok: missing-authorization
    await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: true } });
    return { enabled: true };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export const disableTwoFactor = authActionClient
  .schema(z.object({ password: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`2fa-off:${ctx.userId}`);
    if (!success) throw new ActionError("Too many attempts.");
    const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
    // ok: timing-unsafe-comparison
    const ok = user?.passwordHash ? await bcrypt.compare(parsedInput.password, user.passwordHash) : false;
    if (!ok) throw new ActionError("Password is incorrect.");
    // ok: missing-authorization
    await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
    return { enabled: false };
  });

// ok: missing-auth
export const startTwoFactorSetup = authActionClient.action(async ({ ctx }) => {
  const secret = authenticator.generateSecret();
  await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorSecret: secret } });
  return { otpauth: authenticator.keyuri(ctx.userId, "Berthline", secret) };
});
