"use server";

import { z } from "zod";
import { authenticator } from "otplib";
import { authedProcedure, limitedProcedure } from "@/lib/zsa";
import { sql } from "@/lib/db/postgres";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export const disableTwoFactor = authedProcedure
  .createServerAction()
  .input(z.object({ otp: z.string().length(6) }))
  .handler(async ({ input, ctx }) => {
    const [row] = await sql`select two_factor_secret from users where id = ${ctx.user.id}`;
    const expectedOtp = authenticator.generate(row.two_factor_secret);
    // ruleid: timing-unsafe-comparison
    if (expectedOtp !== input.otp) throw new Error("Invalid code");
    await sql`update users set two_factor_secret = null where id = ${ctx.user.id}`;
    return { disabled: true };
  });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export const enableTwoFactor = limitedProcedure
  .createServerAction()
  .input(z.object({ secret: z.string().min(16), otp: z.string().length(6) }))
  .handler(async ({ input, ctx }) => {
    // ok: timing-unsafe-comparison
    if (!authenticator.check(input.otp, input.secret)) throw new Error("Invalid code");
    await sql`update users set two_factor_secret = ${input.secret} where id = ${ctx.user.id}`;
    await auditLog({ actorId: ctx.user.id, action: "user.2fa_enabled" });
    return { enabled: true };
  });

// ok: missing-auth, missing-input-validation
export const revokeSession = authedProcedure
  .createServerAction()
  .input(z.object({ sessionId: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await sql`delete from sessions where id = ${input.sessionId}`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const revokeSessionScoped = authedProcedure
  .createServerAction()
  .input(z.object({ sessionId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await sql`delete from sessions where id = ${input.sessionId} and user_id = ${ctx.user.id}`;
    return { ok: true };
  });

// ok: missing-auth, excessive-data-exposure
export const listMySessions = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await sql`select id, user_agent, created_at from sessions where user_id = ${ctx.user.id} order by created_at desc`;
  return rows.map((r) => ({ id: r.id as string, device: r.user_agent as string, since: r.created_at as Date }));
});

// Sign-in step two with a recovery code when the authenticator is lost.
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const redeemRecoveryCode = limitedProcedure
  .createServerAction()
  .input(z.object({ recoveryCode: z.string().min(10).max(40) }))
  .handler(async ({ input, ctx }) => {
    const [row] = await sql`select recovery_hash from users where id = ${ctx.user.id}`;
    const { createHash } = await import("node:crypto");
    // ruleid: timing-unsafe-comparison
    if (!row || row.recovery_hash !== createHash("sha256").update(input.recoveryCode).digest("hex")) throw new Error("Invalid code");
    await sql`update users set recovery_hash = null, two_factor_secret = null where id = ${ctx.user.id}`;
    return { ok: true };
  });
