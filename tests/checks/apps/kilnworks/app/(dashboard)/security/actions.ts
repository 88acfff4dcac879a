"use server";

import { randomBytes, createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { headers } from "next/headers";
import { z } from "zod";
import { db, apiTokens } from "@/lib/db";
import { auth } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { checkRateLimit } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { idSchema } from "@/lib/validation/schemas";

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const password = z.string().min(1).parse(formData.get("password"));
  await checkRateLimit(`2fa-disable:${session.userId}`);
  await auth.api.disableTwoFactor({ body: { password }, headers: await headers() });
  return { success: "Two-factor authentication is off" };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiToken(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const name = z.string().min(1).max(60).parse(formData.get("name"));
  const token = `kwt_${randomBytes(24).toString("base64url")}`;
  const tokenHash = createHash("sha256").update(token).digest("hex");
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(apiTokens).values({ userId: session.userId, name, tokenHash }).returning({ id: apiTokens.id });
  await auditLog({ actorId: session.userId, action: "api_token.created", target: row.id });
  // ok: excessive-data-exposure
  return { id: row.id, token };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeApiToken(tokenId: string) {
  const session = await verifySession();
  const id = idSchema.parse(tokenId);
  // ok: missing-authorization
  await db.delete(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, session.userId)));
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function listApiTokens() {
  const session = await verifySession();
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, session.userId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listApiTokensSafe() {
  const session = await verifySession();
  const rows = await db
    .select({ id: apiTokens.id, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, session.userId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function renameApiToken(tokenId: string, name: string) {
  await verifySession();
  const id = idSchema.parse(tokenId);
  const label = z.string().min(1).max(60).parse(name);
  // ruleid: missing-authorization
  await db.update(apiTokens).set({ name: label }).where(eq(apiTokens.id, id));
}
