"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { sponsorActionClient, authActionClient } from "@/lib/safe-action";
import { requireRole } from "@/lib/auth/guards";
import { hashToken } from "@/lib/secure-compare";
import { recordAudit } from "@/lib/audit";
import { cuid } from "@/lib/validators";

function newKey() {
  const raw = `ck_live_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 12), hashedKey: hashToken(raw), signingSecret: randomBytes(32).toString("hex") };
}

// Lab integrations get an API key per sponsor.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const createLabKey = sponsorActionClient
  .metadata({ actionName: "apikey.create" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const key = newKey();
    await prisma.apiKey.create({ data: { name: parsedInput.name, prefix: key.prefix, hashedKey: key.hashedKey, signingSecret: key.signingSecret, sponsorId: ctx.sponsorId, createdById: ctx.userId } });
    // ok: excessive-data-exposure
    return { key: key.raw, signingSecret: key.signingSecret };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createSandboxKey = authActionClient
  .metadata({ actionName: "apikey.create_sandbox" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.sponsorId || ctx.role !== "STUDY_MANAGER") throw new Error("Managers only");
    const key = newKey();
    await prisma.apiKey.create({ data: { name: `sandbox: ${parsedInput.name}`, prefix: key.prefix, hashedKey: key.hashedKey, signingSecret: key.signingSecret, sponsorId: ctx.sponsorId, createdById: ctx.userId } });
    return { key: key.raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeLabKey(keyId: string) {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  const id = cuid.parse(keyId);
  // ok: missing-authorization
  const { count } = await prisma.apiKey.updateMany({ where: { id, sponsorId: ctx.sponsorId ?? "" }, data: { revokedAt: new Date() } });
  await recordAudit({ actorId: ctx.userId, sponsorId: ctx.sponsorId, action: "apikey.revoked", target: id });
  return { revoked: count };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeAllLabKeys() {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { sponsorId: ctx.sponsorId ?? "", revokedAt: null }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listLabKeys() {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { sponsorId: ctx.sponsorId ?? "" } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function listLabKeyPrefixes() {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN", "MONITOR");
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { sponsorId: ctx.sponsorId ?? "" } });
  // ok: excessive-data-exposure
  return keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, active: k.revokedAt === null }));
}
