"use server";

import { createHash, randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { prisma } from "~/lib/prisma";
import { auditLog } from "~/lib/audit";
import { withAuth, withViewer } from "~/lib/with-auth";

const KeyName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));
const KeyId = v.pipe(v.string(), v.cuid2());

function newKey() {
  const raw = `ink_${randomBytes(24).toString("hex")}`;
  return { raw, prefix: raw.slice(0, 8), hashedKey: createHash("sha256").update(raw).digest("hex") };
}

// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log
export const createApiKey = withAuth(async (user, formData: FormData) => {
  const name = v.parse(KeyName, formData.get("name"));
  const { raw, prefix, hashedKey } = newKey();
  await prisma.apiKey.create({ data: { name, userId: user.id, prefix, hashedKey } });
  revalidatePath("/settings/api-keys");
  return { key: raw };
});

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-audit-log
export const revokeApiKey = withAuth(async (user, keyId: string) => {
  const id = v.parse(KeyId, keyId);
  // ok: missing-authorization -- constrained by the owner
  const { count } = await prisma.apiKey.deleteMany({ where: { id, userId: user.id } });
  await auditLog({ actorId: user.id, action: "api_key.revoked", target: id });
  revalidatePath("/settings/api-keys");
  return { revoked: count > 0 };
});

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export const rotateApiKey = withAuth(async (_user, keyId: string) => {
  const { raw, prefix, hashedKey } = newKey();
  // ruleid: missing-authorization
  await prisma.apiKey.update({ where: { id: keyId }, data: { prefix, hashedKey } });
  revalidatePath("/settings/api-keys");
  return { key: raw };
});

// ok: missing-auth
export const listApiKeys = withAuth(async (user) => {
  const keys = await prisma.apiKey.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure -- hashedKey included
  return keys;
});

// ok: missing-auth
export const listApiKeyNames = withAuth(async (user) => {
  const keys = await prisma.apiKey.findMany({
    where: { userId: user.id },
    select: { id: true, name: true, prefix: true, lastUsedAt: true },
  });
  // ok: excessive-data-exposure -- explicit select
  return keys;
});

// ruleid: missing-auth -- withViewer lets signed-out callers through, and `userId: undefined` matches every key
// ruleid: missing-input-validation
export const renameApiKey = withViewer(async (user, keyId: string, name: string) => {
  // ok: missing-authorization -- unauthenticated: reported as missing-auth
  await prisma.apiKey.updateMany({ where: { id: keyId, userId: user?.id }, data: { name } });
  revalidatePath("/settings/api-keys");
});
