"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/dal";
import { withAudit } from "@/lib/with-org";
import { generateToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(formData: FormData) {
  // ok: floating-auth-check
  const viewer = await requireRole("owner", "admin");
  const name = z.string().trim().min(1).max(60).parse(formData.get("name"));
  const raw = `hl_live_${generateToken(24)}`;
  const key = await db.apiKey.create({
    // ok: mass-assignment
    data: { companyId: viewer.companyId, name, prefix: raw.slice(0, 12), hashedKey: sha256(raw) },
    select: { id: true, prefix: true },
  });
  await auditLog({ action: "api_key.created", actorId: viewer.userId, companyId: viewer.companyId, target: key.id });
  revalidatePath("/settings/api-keys");
  // the raw key is shown once
  // ok: excessive-data-exposure
  return { id: key.id, prefix: key.prefix, secret: raw };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = withAudit("api_key.revoked", ["owner", "admin"], async (viewer, keyId: string) => {
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await db.apiKey.update({ where: { id, companyId: viewer.companyId }, data: { revokedAt: new Date() } });
  revalidatePath("/settings/api-keys");
});

// ruleid: missing-audit-log
export async function rotateApiKey(keyId: string) {
  const viewer = await requireRole("owner", "admin");
  const id = z.string().cuid().parse(keyId);
  const raw = `hl_live_${generateToken(24)}`;
  // ok: missing-authorization
  await db.apiKey.update({
    where: { id, companyId: viewer.companyId },
    data: { hashedKey: sha256(raw), prefix: raw.slice(0, 12), lastUsedAt: null },
  });
  return { secret: raw };
}

// ok: missing-auth
export async function listApiKeys() {
  const viewer = await requireRole("owner", "admin");
  const keys = await db.apiKey.findMany({ where: { companyId: viewer.companyId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ruleid: missing-audit-log
export async function revokeAllApiKeys() {
  // ok: floating-auth-check
  const viewer = await requireRole("owner");
  // ok: missing-authorization
  const { count } = await db.apiKey.updateMany({ where: { companyId: viewer.companyId, revokedAt: null }, data: { revokedAt: new Date() } });
  console.info("revoked", count, "keys for", viewer.companyId);
  return { count };
}
