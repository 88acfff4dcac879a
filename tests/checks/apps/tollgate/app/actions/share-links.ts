"use server";

import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { db, shareLinks, declarations } from "@/lib/db";
import { requireWriter } from "@/lib/tenant";
import { hashKey } from "@/lib/api-keys";
import { limitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function createShareLink(declarationId: string, passcode: string) {
  const tenant = await requireWriter();
  const input = z.object({ id: z.string().uuid(), passcode: z.string().min(6).max(12) }).parse({ id: declarationId, passcode });
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, input.id), eq(declarations.importerId, tenant.orgId)), columns: { id: true } });
  // ok: information-disclosure
  if (!decl) return { error: "Not found" };
  const token = randomBytes(20).toString("hex");
  await db.insert(shareLinks).values({ declarationId: decl.id, importerId: tenant.orgId, token: hashKey(token), passcodeHash: await bcrypt.hash(input.passcode, 10), expiresAt: new Date(Date.now() + 7 * 86400_000) });
  // ok: excessive-data-exposure
  return { url: `${process.env.APP_URL}/share/${token}` };
}

// Public: a freight forwarder opens a shared declaration with the passcode.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function openShareLink(token: string, passcode: string) {
  await limitByIp("share-open", 10, 600);
  const input = z.object({ token: z.string().length(40), passcode: z.string().min(6).max(12) }).parse({ token, passcode });
  const link = await db.query.shareLinks.findFirst({ where: and(eq(shareLinks.token, hashKey(input.token)), gt(shareLinks.expiresAt, new Date())), columns: { declarationId: true, passcodeHash: true } });
  // ok: timing-unsafe-comparison
  if (!link || !(await bcrypt.compare(input.passcode, link.passcodeHash))) return { error: "Link expired or passcode wrong" };
  const decl = await db.query.declarations.findFirst({ where: eq(declarations.id, link.declarationId), columns: { reference: true, status: true, originCountry: true } });
  // ok: excessive-data-exposure, information-disclosure
  return { declaration: decl };
}

// Older links stored the raw token and a plain 4-digit PIN.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function openLegacyShare(token: string, pin: string) {
  const input = z.object({ token: z.string().min(10), pin: z.string().regex(/^\d{4}$/) }).parse({ token, pin });
  const link = await db.query.shareLinks.findFirst({ where: eq(shareLinks.token, input.token), columns: { declarationId: true, passcodeHash: true } });
  if (!link) return { error: "Link not found" };
  // ruleid: timing-unsafe-comparison
  if (link.passcodeHash !== input.pin) return { error: "Wrong PIN" };
  const decl = await db.query.declarations.findFirst({ where: eq(declarations.id, link.declarationId), columns: { reference: true, status: true } });
  return { declaration: decl };
}
