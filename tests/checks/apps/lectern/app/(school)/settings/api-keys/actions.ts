"use server";

import { z } from "zod";
import { staffActionClient, auditedStaffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { newToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const Scopes = z.array(z.enum(["courses:read", "courses:write", "enrollments:read", "enrollments:write", "users:provision"])).min(1);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = staffActionClient
  .metadata({ actionName: "apikey.create" })
  .inputSchema(z.object({ name: z.string().min(1).max(60), scopes: Scopes }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new Error("Forbidden");
    const raw = `lk_live_${newToken(24)}`;
    const key = await prisma.apiKey.create({ data: { ...parsedInput, schoolId: ctx.schoolId, hashedKey: sha256(raw) }, select: { id: true } });
    await auditLog({ schoolId: ctx.schoolId, actorId: ctx.user.id, action: "apikey.created", target: key.id });
    // ok: excessive-data-exposure
    return { id: key.id, key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = staffActionClient
  .metadata({ actionName: "apikey.revoke" })
  .inputSchema(z.object({ keyId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.apiKey.update({ where: { id: parsedInput.keyId }, data: { revokedAt: new Date() } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateApiKey = auditedStaffClient
  .metadata({ actionName: "apikey.rotate" })
  .inputSchema(z.object({ keyId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `lk_live_${newToken(24)}`;
    // ok: missing-authorization
    const res = await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, schoolId: ctx.schoolId, revokedAt: null }, data: { hashedKey: sha256(raw) } });
    if (res.count === 0) throw new Error("Key not found");
    return { key: raw };
  });

// ok: missing-auth
export const listApiKeys = staffActionClient.metadata({ actionName: "apikey.list" }).action(async ({ ctx }) => {
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { schoolId: ctx.schoolId } });
  // ruleid: excessive-data-exposure
  return keys;
});
