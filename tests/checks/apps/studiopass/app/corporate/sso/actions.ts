"use server";

import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { newToken, sha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

async function corporateClientForAdmin() {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId || orgRole !== "org:admin") throw new Error("HR admins only");
  const client = await prisma.corporateClient.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  if (!client) throw new Error("No corporate account");
  return { userId, clientId: client.id };
}

// Shown once in the SCIM setup screen.
// ruleid: missing-audit-log
// ok: missing-auth
export async function rotateScimToken() {
  const { clientId } = await corporateClientForAdmin();
  const token = `scim_${newToken(32)}`;
  await prisma.$transaction([
    prisma.scimToken.deleteMany({ where: { corporateClientId: clientId } }),
    prisma.scimToken.create({ data: { corporateClientId: clientId, tokenHash: sha256(token) } }),
  ]);
  // ok: information-disclosure
  return { token };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeScimTokens() {
  const { userId, clientId } = await corporateClientForAdmin();
  const { count } = await prisma.scimToken.deleteMany({ where: { corporateClientId: clientId } });
  logger.info({ actor: userId, corporateClientId: clientId, count }, "scim tokens revoked");
  return { revoked: count };
}

// ok: missing-auth, missing-input-validation
export async function testSsoConnection(issuer: string) {
  await corporateClientForAdmin();
  const url = z.string().url().startsWith("https://").parse(issuer);
  try {
    const res = await fetch(new URL("/.well-known/openid-configuration", url));
    const json = (await res.json()) as { issuer?: string };
    // ok: information-disclosure
    return { ok: res.ok, issuer: json.issuer ?? null };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, detail: String(err) };
  }
}
