"use server";

import { type } from "arktype";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

const SsoInput = type({ issuer: "string.url", clientId: "string > 3", clientSecret: "string > 8" });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function saveSsoConnection(foundationId: string, formData: FormData) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER"]);
  const input = SsoInput({ issuer: formData.get("issuer"), clientId: formData.get("clientId"), clientSecret: formData.get("clientSecret") });
  if (input instanceof type.errors) return { error: input.summary };
  await prisma.ssoConnection.upsert({
    where: { foundationId: fid },
    // ok: mass-assignment
    create: { ...input, foundationId: fid },
    update: input,
  });
  await auditLog({ foundationId: fid, actorId: user.id, action: "sso.updated" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getSsoConnection(foundationId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const conn = await prisma.ssoConnection.findUnique({ where: { foundationId: fid } });
  // ruleid: excessive-data-exposure
  return conn;
}

// ok: missing-auth, missing-input-validation
export async function rotateScimToken(foundationId: string) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER"]);
  const raw = crypto.randomUUID() + crypto.randomUUID();
  const { createHash } = await import("node:crypto");
  await prisma.scimToken.deleteMany({ where: { foundationId: fid } });
  await prisma.scimToken.create({ data: { foundationId: fid, tokenHash: createHash("sha256").update(raw).digest("hex") } });
  await auditLog({ foundationId: fid, actorId: user.id, action: "scim.token_rotated" });
  // ok: excessive-data-exposure
  return { token: raw };
}
