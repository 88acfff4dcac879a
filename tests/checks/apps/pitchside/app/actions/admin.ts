"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { adminProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { adminSupabase } from "@/lib/supabase/admin";
import { hashToken } from "@/lib/secure-compare";

// every action here goes through adminProcedure: league admin, rate limited, audited

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = adminProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid(), role: z.enum(["coach", "referee", "parent", "league_admin"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const member = await prisma.membership.findFirst({ where: { id: input.membershipId, leagueId: ctx.leagueId }, select: { userId: true } });
    if (!member) throw new Error("Member not found");
    // ok: missing-authorization // todoruleid: mass-assignment -- policy (pass 20) exempts it since pass 42 reads adminProcedure's league_admin test as a role gate: a role-gated privileged write
    await prisma.membership.update({ where: { id: input.membershipId }, data: { role: input.role } });
    await adminSupabase.auth.admin.updateUserById(member.userId, { app_metadata: { league_id: ctx.leagueId, roles: [input.role] } }); // ruleid: mass-assignment
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = adminProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: input.membershipId, leagueId: ctx.leagueId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = adminProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    const key = `psk_${randomBytes(24).toString("base64url")}`;
    // ok: mass-assignment
    const row = await prisma.apiKey.create({ data: { leagueId: ctx.leagueId, name: input.name, hashedKey: hashToken(key), createdBy: ctx.user.id }, select: { id: true } });
    // ok: excessive-data-exposure
    return { id: row.id, key };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const listApiKeys = adminProcedure.createServerAction().handler(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { leagueId: ctx.leagueId } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const listAuditLog = adminProcedure
  .createServerAction()
  .input(z.object({ take: z.number().int().min(1).max(200).default(50) }))
  .handler(async ({ input, ctx }) => {
    const rows = await prisma.auditLog.findMany({
      where: { leagueId: ctx.leagueId },
      orderBy: { createdAt: "desc" },
      take: input.take,
      select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const toggleRegistration = adminProcedure
  .createServerAction()
  .input(z.object({ open: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.league.update({ where: { id: ctx.leagueId }, data: { registrationOpen: input.open } });
    return { ok: true };
  });
