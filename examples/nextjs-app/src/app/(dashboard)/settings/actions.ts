"use server";

import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { logSecurityEvent } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { checkRateLimit } from "@/lib/rate-limit";
import { ActionError, authActionClient } from "@/lib/safe-action";
import { apiKeySchema, changePasswordSchema, profileSchema, teamSchema } from "@/lib/validations";

// Auth lives in the client's .use() middleware (lib/safe-action.ts); the schema strips
// unknown keys, so writing the parsed input is fine.
// ok: missing-auth, missing-input-validation
export const updateProfile = authActionClient
  .inputSchema(profileSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    await prisma.user.update({ where: { id: ctx.userId }, data: parsedInput });
    revalidatePath("/settings");
    return { success: true };
  });

// The shared team schema admits `plan`, so any member can upgrade the team for free.
// ok: missing-auth, missing-input-validation
export const updateTeam = authActionClient
  .inputSchema(teamSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.teamId) throw new ActionError("You are not in a team.");
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.team.update({ where: { id: ctx.teamId }, data: parsedInput });
    revalidatePath("/settings/team");
    return { success: true };
  });

// Rate limited, audited, bcrypt comparison; "incorrect" is said to the account's own owner.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export const changePassword = authActionClient
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput: { currentPassword, newPassword }, ctx }) => {
    await checkRateLimit(`change-password:${ctx.userId}`);
    // ok: missing-authorization
    const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
    // ok: timing-unsafe-comparison
    const valid = user?.passwordHash ? await bcrypt.compare(currentPassword, user.passwordHash) : false;
    if (!valid) {
      // ok: information-disclosure
      return { error: "Current password is incorrect." };
    }
    const passwordHash = await bcrypt.hash(newPassword, 12);
    // ok: missing-authorization
    await prisma.user.update({ where: { id: ctx.userId }, data: { passwordHash } });
    await logSecurityEvent({ action: "password.changed", userId: ctx.userId });
    return { success: true };
  });

// Deletes the account with no audit trail.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const deleteAccount = authActionClient
  .inputSchema(z.object({ confirm: z.literal("DELETE") }))
  .action(async ({ ctx }) => {
    // ok: missing-authorization
    await prisma.user.delete({ where: { id: ctx.userId } });
    await signOut({ redirect: false });
    redirect("/goodbye");
  });

// Only the hash is stored; the raw key is shown once to its owner.
// ok: missing-auth, missing-audit-log, missing-input-validation
export const createApiKey = authActionClient
  .inputSchema(apiKeySchema)
  .action(async ({ parsedInput, ctx }) => {
    const rawKey = `acme_${randomBytes(24).toString("base64url")}`;
    const hashedKey = createHash("sha256").update(rawKey).digest("hex");
    // ok: missing-authorization
    const apiKey = await prisma.apiKey.create({
      data: { name: parsedInput.name, hashedKey, userId: ctx.userId },
      select: { id: true },
    });
    await logSecurityEvent({ action: "api_key.created", userId: ctx.userId, metadata: { apiKeyId: apiKey.id } });
    return { id: apiKey.id, key: rawKey };
  });
