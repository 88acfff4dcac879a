"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withWorkspaceAdmin, withWorkspace } from "@/lib/wrappers";
import { adminActionClient, workspaceActionClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { newApiKey } from "@/lib/tokens";
import { atLeast } from "@/lib/workspace";
import { isWorkspaceAdmin } from "@/lib/permissions";
import { authActionClient } from "@/lib/safe-action";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withWorkspaceAdmin("apikey.create", async (formData, { workspace, user }) => {
  const name = z.string().min(1).max(60).parse(formData.get("name"));
  const key = newApiKey();
  // ok: mass-assignment
  await db.insert(apiKeys).values({ workspaceId: workspace.id, name, prefix: key.prefix, hashedKey: key.hashed, createdBy: user.id });
  return { key: key.raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = adminActionClient
  .metadata({ actionName: "apikey.revoke" })
  .schema(z.object({ workspaceId: z.string().uuid(), keyId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, parsedInput.keyId), eq(apiKeys.workspaceId, ctx.workspaceId)));
    return { success: true };
  });

// why: creates an API key (role-checked) but never writes an audit event
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const createScopedApiKey = workspaceActionClient
  .metadata({ actionName: "apikey.createScoped" })
  .schema(z.object({ workspaceId: z.string().uuid(), name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new Error("Admins only");
    const key = newApiKey();
    // ok: mass-assignment, missing-authorization
    await db.insert(apiKeys).values({ workspaceId: ctx.workspaceId, name: parsedInput.name, prefix: key.prefix, hashedKey: key.hashed, createdBy: ctx.user.id });
    return { key: key.raw };
  });

// why: revoking an API key without an audit entry
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeOwnApiKey = withWorkspace(async (formData, { workspace, user, role }) => {
  const keyId = z.string().uuid().parse(formData.get("keyId"));
  if (!atLeast(role, "editor")) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, keyId), eq(apiKeys.workspaceId, workspace.id), eq(apiKeys.createdBy, user.id)));
});

// ok: missing-auth, missing-input-validation
export const listApiKeys = workspaceActionClient
  .metadata({ actionName: "apikey.list" })
  .schema(z.object({ workspaceId: z.string().uuid() }))
  .action(async ({ ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(apiKeys).where(and(eq(apiKeys.workspaceId, ctx.workspaceId), isNull(apiKeys.revokedAt)));
    // ok: excessive-data-exposure
    return rows.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix }));
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const renameApiKey = authActionClient
  .metadata({ actionName: "apikey.rename" })
  .schema(z.object({ workspaceId: z.string().uuid(), keyId: z.string().uuid(), name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    // why: isWorkspaceAdmin is async; `!promise` is always false so the throw never happens
    // ruleid: floating-auth-check
    if (!isWorkspaceAdmin(ctx.user.id, parsedInput.workspaceId)) throw new Error("Admins only");
    // why: workspaceId is client input and membership was never (effectively) checked
    // ruleid: missing-authorization
    await db.update(apiKeys).set({ name: parsedInput.name }).where(and(eq(apiKeys.id, parsedInput.keyId), eq(apiKeys.workspaceId, parsedInput.workspaceId)));
    await auditLog({ actorId: ctx.user.id, workspaceId: parsedInput.workspaceId, action: "apikey.rename", target: parsedInput.keyId });
    return { success: true };
  });
