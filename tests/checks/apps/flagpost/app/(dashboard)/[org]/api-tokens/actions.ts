"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { requireOrgRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { generateToken, hashToken } from "@/lib/crypto";

const CreateToken = z.object({
  orgId: z.string().cuid(),
  name: z.string().min(1).max(60),
  scopes: z.array(z.enum(["flags:read", "flags:write", "projects:read"])).min(1),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiToken(input: z.infer<typeof CreateToken>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const data = CreateToken.parse(input);
  await requireOrgRole(session.user.id, data.orgId, "admin");

  const raw = generateToken("fp");
  const token = await prisma.apiToken.create({
    data: {
      orgId: data.orgId,
      userId: session.user.id,
      name: data.name,
      scopes: data.scopes,
      tokenHash: hashToken(raw),
      lastFour: raw.slice(-4),
    },
    select: { id: true },
  });
  await auditLog({ orgId: data.orgId, actorId: session.user.id, action: "api_token.created", target: token.id });
  revalidatePath("/api-tokens");
  return { id: token.id, token: raw };
}

// ruleid: missing-audit-log
export async function revokeApiToken(tokenId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(tokenId);
  // ok: missing-authorization
  const { count } = await prisma.apiToken.updateMany({
    where: { id, userId: session.user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  revalidatePath("/api-tokens");
  return { revoked: count > 0 };
}

// ok: missing-auth, missing-input-validation
export async function listApiTokens(orgId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(orgId);
  await requireOrgRole(session.user.id, id, "admin");
  const tokens = await prisma.apiToken.findMany({ where: { orgId: id }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return tokens;
}

// ok: missing-auth, missing-input-validation
export async function listMyApiTokens() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const tokens = await prisma.apiToken.findMany({
    where: { userId: session.user.id, revokedAt: null },
    select: { id: true, name: true, lastFour: true, scopes: true, lastUsedAt: true },
  });
  // ok: excessive-data-exposure
  return tokens;
}

// ruleid: missing-input-validation, missing-audit-log
export async function updateTokenScopes(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const values = Object.fromEntries(formData) as Record<string, string>;
  // ok: missing-authorization
  await prisma.apiToken.updateMany({
    where: { id: values.id, userId: session.user.id },
    // ruleid: mass-assignment
    data: values,
  });
  revalidatePath("/api-tokens");
}
