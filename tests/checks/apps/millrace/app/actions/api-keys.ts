"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { db, apiKeys } from "@/lib/db";
import { memberAction } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth";
import { hashSecret } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createApiKey = memberAction
  .metadata({ name: "apikey.create" })
  .schema(z.object({ label: z.string().min(1).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `mr_${randomBytes(24).toString("hex")}`;
    await db.insert(apiKeys).values({ memberId: ctx.member.id, label: parsedInput.label, keyHash: hashSecret(raw), lastFour: raw.slice(-4) });
    // ok: excessive-data-exposure
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-authorization
export async function revokeApiKey(keyId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(keyId);
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.memberId, member.id)));
  await auditLog({ actorId: member.id, action: "apikey.revoke", target: id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeAllApiKeys() {
  const member = await requireMember();
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.memberId, member.id));
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const member = await requireMember();
  // ruleid: excessive-data-exposure
  return db.select().from(apiKeys).where(and(eq(apiKeys.memberId, member.id), isNull(apiKeys.revokedAt)));
}

// ok: missing-auth, missing-input-validation
export async function listApiKeysSafe() {
  const member = await requireMember();
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.memberId, member.id));
  // ok: excessive-data-exposure
  return rows.map(({ id, label, lastFour }) => ({ id, label, lastFour }));
}
