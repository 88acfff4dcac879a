"use server";

import { z } from "zod";
import { adminActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendOrg = adminActionClient
  .metadata({ name: "suspendOrg" })
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: parsedInput.orgId }, data: { plan: "suspended" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantStaff = adminActionClient
  .metadata({ name: "grantStaff" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { isStaff: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const searchUsers = adminActionClient
  .metadata({ name: "searchUsers" })
  .schema(z.object({ q: z.string().max(100) }))
  .action(async ({ parsedInput }) => {
    // why: admin search concatenates q into the ILIKE pattern of a raw pg query
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, email, name FROM "User" WHERE email ILIKE '%${parsedInput.q}%' LIMIT 50`);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, email: r.email as string, name: r.name as string | null }));
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const userDetail = adminActionClient
  .metadata({ name: "userDetail" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    const user = await prisma.user.findUnique({ where: { id: parsedInput.userId }, include: { memberships: true } });
    // why: full User row (passwordHash, twoFactorSecret) sent to the back-office browser
    // ruleid: excessive-data-exposure
    return user;
  });
