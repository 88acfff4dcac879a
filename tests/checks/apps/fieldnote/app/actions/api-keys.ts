"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { authActionClient, adminActionClient, ActionError } from "@/lib/safe-action";
import { requireRole } from "@/lib/permissions";
import { IdSchema } from "@/lib/validation/schemas";
import { generateToken, hashToken } from "@/lib/crypto";
import { logActivity } from "@/lib/audit";

// ruleid: missing-audit-log
export const createApiKey = authActionClient // ok: missing-auth, missing-input-validation
  .metadata({ actionName: "api_key.create" })
  .inputSchema(v.object({ name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.session.user.role === "TECHNICIAN") throw new ActionError("Technicians can't create API keys.");
    const raw = `fn_live_${generateToken(24)}`;
    const key = await prisma.apiKey.create({
      data: {
        name: parsedInput.name,
        prefix: raw.slice(0, 12),
        hashedKey: hashToken(raw),
        workspaceId: ctx.workspaceId,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    revalidatePath("/settings/api");
    // ok: excessive-data-exposure
    return { id: key.id, key: raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = authActionClient
  .metadata({ actionName: "api_key.revoke" })
  .inputSchema(v.object({ keyId: IdSchema }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.apiKey.updateMany({
      where: { id: parsedInput.keyId, workspaceId: ctx.workspaceId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await logActivity({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "api_key.revoke", target: parsedInput.keyId });
    revalidatePath("/settings/api");
    return { revoked: count };
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const revokeAllApiKeys = adminActionClient
  .metadata({ actionName: "api_key.revoke_all" })
  .action(async ({ ctx }) => {
    const { count } = await prisma.apiKey.updateMany({
      where: { workspaceId: ctx.workspaceId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return { revoked: count };
  });

// ok: missing-auth
export const listApiKeys = authActionClient.metadata({ actionName: "api_key.list" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { workspaceId: ctx.workspaceId }, orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ruleid: missing-audit-log
export async function deleteRevokedApiKey(keyId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireRole("OWNER", "ADMIN");
  const id = v.parse(IdSchema, keyId);
  // ok: missing-authorization
  await prisma.apiKey.deleteMany({ where: { id, workspaceId: session.workspaceId, revokedAt: { not: null } } });
  revalidatePath("/settings/api");
}
