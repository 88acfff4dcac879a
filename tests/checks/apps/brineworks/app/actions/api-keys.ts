"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { apiKeys } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { uuid } from "@/lib/validation";
import { audit } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";
import { verifySession } from "@/lib/dal";

// Buyer integration keys (for the bidding terminal app).
// ok: missing-auth, missing-input-validation, missing-audit-log, missing-authorization
export const createApiKey = authActionClient
  .metadata({ actionName: "createApiKey" })
  .inputSchema(v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `bw_${randomBytes(24).toString("base64url")}`;
    // ok: mass-assignment
    const [row] = await db
      .insert(apiKeys)
      .values({ userId: ctx.user.id, name: parsedInput.name, prefix: raw.slice(0, 7), hashedKey: sha256(raw) })
      .returning({ id: apiKeys.id });
    await audit.security({ actorId: ctx.user.id, action: "apikey.create", target: row.id });
    // ok: excessive-data-exposure
    return { id: row.id, key: raw };
  });

// ruleid: missing-audit-log
export const revokeApiKey = authActionClient
  .metadata({ actionName: "revokeApiKey" })
  .inputSchema(v.object({ id: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, parsedInput.id), eq(apiKeys.userId, ctx.user.id)));
    revalidatePath("/account/keys");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  // ok: floating-auth-check
  const session = await verifySession();
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, session.userId), isNull(apiKeys.revokedAt)));
  // ruleid: excessive-data-exposure
  return rows;
}
