"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { platformAdminProcedure } from "@/lib/zsa";
import { adminActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { pool } from "@/lib/pg";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const impersonateUser = platformAdminProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().cuid() }))
  .handler(async ({ input }) => {
    (await cookies()).set("cd_impersonate", input.userId, { httpOnly: true, maxAge: 1800 });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const lockUser = platformAdminProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    await prisma.user.update({ where: { id: input.userId }, data: { lockedAt: new Date() } });
    await auditLog({ actorId: ctx.user.id, action: "platform.lock_user", target: input.userId });
  });

// ok: missing-auth, missing-input-validation
export const searchTenants = platformAdminProcedure
  .createServerAction()
  .input(z.object({ q: z.string().max(100), orderBy: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, name, slug FROM tenants WHERE name ILIKE $1 ORDER BY ${input.orderBy}`, [`%${input.q}%`]);
    return rows;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = adminActionClient
  .metadata({ name: "api_key.create" })
  .inputSchema(z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(["claims:read", "claims:write", "policies:read"])) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `cd_${newToken()}`;
    await prisma.apiKey.create({ data: { tenantId: ctx.tenantId, name: parsedInput.name, prefix: raw.slice(0, 8), apiKeyHash: sha256(raw), scopes: parsedInput.scopes, createdById: ctx.userId } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = adminActionClient
  .metadata({ name: "member.role_change" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: z.enum(["admin", "claims_manager", "adjuster", "underwriter", "finance", "auditor", "viewer"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.updateMany({ where: { id: parsedInput.membershipId, tenantId: ctx.tenantId }, data: { role: parsedInput.role } });
  });

// ok: missing-auth, missing-input-validation
export const listTenantUsers = adminActionClient
  .inputSchema(z.object({ page: z.number().int().min(0) }))
  .action(async ({ parsedInput, ctx }) => {
    const users = await prisma.user.findMany({ where: { memberships: { some: { tenantId: ctx.tenantId } } }, skip: parsedInput.page * 50, take: 50 });
    // ruleid: excessive-data-exposure
    return users;
  });
