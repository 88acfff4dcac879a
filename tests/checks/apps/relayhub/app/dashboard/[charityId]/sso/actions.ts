"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { newToken, sha256 } from "@/lib/crypto";

const SsoInput = z.object({
  issuer: z.string().url().startsWith("https://"),
  clientId: z.string().min(3).max(200),
  clientSecret: z.string().min(8).max(500),
  enforce: z.boolean(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function saveSsoConnection(charityId: string, input: z.input<typeof SsoInput>) {
  const ctx = await requireCharityRole(charityId, ["owner"]);
  const data = SsoInput.parse(input);
  await prisma.ssoConnection.upsert({
    where: { charityId: ctx.charityId },
    // ok: mass-assignment
    create: { ...data, charityId: ctx.charityId },
    update: data,
  });
  await auditLog({ actorId: ctx.userId, charityId: ctx.charityId, action: "sso.updated", meta: { issuer: data.issuer, enforce: data.enforce } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getSsoConnection(charityId: string) {
  const ctx = await requireCharityRole(charityId, ["owner", "executive_director"]);
  const conn = await prisma.ssoConnection.findUnique({ where: { charityId: ctx.charityId } });
  // ruleid: excessive-data-exposure
  return conn;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateScimToken(charityId: string) {
  const ctx = await requireCharityRole(charityId, ["owner"]);
  const token = `scim_${newToken(32)}`;
  await prisma.ssoConnection.update({ where: { charityId: ctx.charityId }, data: { scimTokenHash: sha256(token) } });
  logger.info("scim.token_rotated", { charityId: ctx.charityId, actorId: ctx.userId });
  // ok: excessive-data-exposure
  return { token };
}

// "Test connection" button on the SSO settings page.
// ruleid: missing-input-validation
// ok: missing-auth
export async function testSsoDiscovery(charityId: string, issuerUrl: string) {
  await requireCharityRole(charityId, ["owner"]);
  try {
    const res = await fetch(`${issuerUrl}/.well-known/openid-configuration`, { cache: "no-store" });
    const doc = (await res.json()) as { issuer?: string };
    return { ok: res.ok, issuer: doc.issuer ?? null };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: String(err) };
  }
}
