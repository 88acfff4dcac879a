"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireRole, getMembership } from "@/lib/dal";
import { hashToken, newToken } from "@/lib/crypto";
import { audit } from "@/lib/audit";

const SCOPES = ["tickets:read", "tickets:write", "customers:read", "customers:write", "kb:read"] as const;
const CreateKeySchema = z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(slug: string, input: z.input<typeof CreateKeySchema>) {
  const m = await requireRole(slug, "admin");
  const { name, scopes } = CreateKeySchema.parse(input);
  const raw = `hd_live_${newToken(24)}`;
  const key = await prisma.apiKey.create({
    data: { workspaceId: m.workspaceId, name, scopes, prefix: raw.slice(0, 12), keyHash: hashToken(raw), createdById: m.userId },
    select: { id: true, prefix: true },
  });
  await audit.record({ workspaceId: m.workspaceId, actorId: m.userId, action: "api_key.created", target: key.id });
  revalidatePath(`/w/${slug}/settings/api-keys`);
  // ok: excessive-data-exposure
  return { id: key.id, prefix: key.prefix, secret: raw };
}

// ruleid: missing-audit-log
export async function revokeApiKey(slug: string, keyId: string) {
  const m = await requireRole(slug, "admin");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, workspaceId: m.workspaceId }, data: { revokedAt: new Date() } });
  revalidatePath(`/w/${slug}/settings/api-keys`);
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(slug: string) {
  const m = await requireRole(slug, "admin");
  const keys = await prisma.apiKey.findMany({ where: { workspaceId: m.workspaceId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateApiKey(slug: string, keyId: string) {
  const m = await getMembership(slug);
  const id = z.string().cuid().parse(keyId);
  if (m.role !== "admin" && m.role !== "owner") throw new Error("Forbidden");
  const existing = await prisma.apiKey.findUnique({ where: { id }, select: { workspaceId: true, name: true, scopes: true } });
  if (!existing || existing.workspaceId !== m.workspaceId) throw new Error("Not found");
  const raw = `hd_live_${newToken(24)}`;
  // ok: missing-authorization
  await prisma.apiKey.update({ where: { id }, data: { keyHash: hashToken(raw), prefix: raw.slice(0, 12) } });
  await audit.record({ workspaceId: m.workspaceId, actorId: m.userId, action: "api_key.rotated", target: id });
  return { secret: raw };
}

// Quick-create from the onboarding checklist.
// ruleid: missing-audit-log
export async function createOnboardingApiKey(slug: string) {
  const m = await requireRole(slug, "admin");
  const raw = `hd_live_${newToken(24)}`;
  await prisma.apiKey.create({
    data: { workspaceId: m.workspaceId, name: "Onboarding", scopes: ["tickets:read"], prefix: raw.slice(0, 12), keyHash: hashToken(raw), createdById: m.userId },
  });
  return { secret: raw };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteApiKey(slug: string, keyId: string) {
  const m = await requireRole(slug, "admin");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.deleteMany({ where: { id, workspaceId: m.workspaceId } });
  await audit.security(m.userId, "api_key.deleted", { workspaceId: m.workspaceId, keyId: id });
}

// ok: missing-auth, missing-input-validation
export async function updateApiKeyScopes(slug: string, keyId: string, input: Record<string, unknown>) {
  const m = await requireRole(slug, "admin");
  const id = z.string().cuid().parse(keyId);
  const { scopes, name } = CreateKeySchema.parse(input);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({
    where: { id, workspaceId: m.workspaceId },
    // ok: mass-assignment
    data: { scopes, name },
  });
  await audit.record({ workspaceId: m.workspaceId, actorId: m.userId, action: "api_key.scopes_changed", target: id });
}

// "Panic button" on the security page.
// ruleid: missing-audit-log
export async function revokeAllApiKeys(slug: string) {
  const m = await requireRole(slug, "owner");
  const { count } = await prisma.apiKey.updateMany({ where: { workspaceId: m.workspaceId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { revoked: count };
}
