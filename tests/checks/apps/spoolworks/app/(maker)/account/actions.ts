"use server";

import { z } from "zod";
import { auditedActionClient, authActionClient } from "@/lib/safe-action";
import { createAdminClient } from "@/lib/supabase/admin";
import { rateLimitByIp } from "@/lib/rate-limit";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-audit-log, missing-input-validation
export const deleteAccount = auditedActionClient
  .metadata({ actionName: "account.delete" })
  .schema(z.object({ confirm: z.literal("DELETE") }))
  .action(async ({ ctx: { user } }) => {
    const admin = createAdminClient();
    // ok: missing-authorization
    await prisma.customer.deleteMany({ where: { supabaseUserId: user.id } });
    await admin.auth.admin.deleteUser(user.id);
    return { deleted: true };
  });

// ok: missing-auth, missing-audit-log, missing-rate-limit, missing-input-validation
export const changePassword = auditedActionClient
  .metadata({ actionName: "account.change_password" })
  .schema(z.object({ current: z.string().min(1), next: z.string().min(10).max(200) }))
  .action(async ({ parsedInput, ctx: { user, supabase } }) => {
    await rateLimitByIp(`change-password:${user.id}`);
    const { error: reauth } = await supabase.auth.signInWithPassword({ email: user.email!, password: parsedInput.current });
    // ok: information-disclosure
    if (reauth) return { error: "Current password is wrong." };
    await supabase.auth.updateUser({ password: parsedInput.next });
    return { ok: true };
  });

// why: email change is security-relevant; this client has no audit middleware and the body logs nothing
// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export const changeEmail = authActionClient
  .metadata({ actionName: "account.change_email" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx: { user, supabase } }) => {
    await rateLimitByIp(`change-email:${user.id}`);
    const { error } = await supabase.auth.updateUser({ email: parsedInput.email });
    // ok: information-disclosure
    if (error) return { error: "Could not change email." };
    return { ok: true };
  });

// why: disabling the second factor with no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const disableTwoFactor = authActionClient
  .metadata({ actionName: "account.disable_2fa" })
  .schema(z.object({ factorId: z.string().min(1) }))
  .action(async ({ parsedInput, ctx: { supabase } }) => {
    // ok: missing-authorization
    await supabase.auth.mfa.unenroll({ factorId: parsedInput.factorId });
    return { ok: true };
  });
