"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient, authActionClient } from "@/lib/safe-action";
import { withAdminAudit } from "@/lib/wrappers";
import { requirePlatformAdmin, verifySession } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";
import { pool } from "@/lib/db/pg";
import { supabaseAdmin } from "@/lib/db/supabase-server";

export const setPlatformAdmin = adminActionClient
  .schema(z.object({ userId: z.string().cuid(), isPlatformAdmin: z.boolean() }))
  // ok: missing-auth, missing-input-validation, missing-audit-log
  .action(async ({ parsedInput }) => {
    await prisma.user.update({
      // ok: missing-authorization
      where: { id: parsedInput.userId },
      // ok: mass-assignment
      data: { isPlatformAdmin: parsedInput.isPlatformAdmin },
    });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendCompany = withAdminAudit("company_suspended", async (adminId, companyId: string) => {
  z.string().cuid().parse(companyId);
  await prisma.company.update({
    // ok: missing-authorization
    where: { id: companyId },
    data: { plan: "suspended" },
  });
});

// ok: missing-auth, missing-input-validation
export const setCompanyPlan = withAdminAudit("plan_changed", async (adminId, raw: unknown) => {
  const input = z.object({ companyId: z.string().cuid(), plan: z.enum(["free", "pro", "enterprise"]) }).parse(raw);
  await prisma.company.update({
    // ok: missing-authorization
    where: { id: input.companyId },
    // ok: mass-assignment
    data: { plan: input.plan },
  });
});

// why: deletes any user account; requirePlatformAdmin gates it but no audit trail is written.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUserAccount(userId: string) {
  await requirePlatformAdmin();
  z.string().cuid().parse(userId);
  await prisma.membership.deleteMany({ where: { userId } });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
}

// ok: missing-auth, missing-input-validation
export async function impersonateUser(targetUserId: string) {
  const admin = await requirePlatformAdmin();
  if (typeof targetUserId !== "string") throw new Error("Bad id");
  await auditLog(admin.id, "impersonation_started", targetUserId);
  // ok: missing-authorization
  const u = await prisma.user.findUnique({ where: { id: targetUserId }, select: { id: true, email: true } });
  // ok: excessive-data-exposure
  return u;
}

export const adminUserLookup = adminActionClient
  .schema(z.object({ email: z.string().email() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    const user = await prisma.user.findUnique({ where: { email: parsedInput.email } });
    // why: full User row incl. passwordHash and twoFactorSecret goes to the admin console.
    // ruleid: excessive-data-exposure
    return user;
  });

export const adminSearchCompanies = adminActionClient
  .schema(z.object({ term: z.string().max(60), sort: z.enum(["name", "plan"]) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    // why: `term` is concatenated into the LIKE clause.
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, name, plan FROM "Company" WHERE name ILIKE '%${parsedInput.term}%' ORDER BY ${parsedInput.sort}`);
    return rows.map((r) => ({ id: r.id, name: r.name, plan: r.plan }));
  });

// why: only checks that the caller is signed in — any user can grant themselves credits; no admin role check.
// todoruleid: missing-audit-log
export const grantCredits = authActionClient
  .schema(z.object({ companyId: z.string().cuid(), credits: z.number().int() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.company.update({
      where: { id: parsedInput.companyId },
      // ruleid: mass-assignment
      data: { creditBalance: parsedInput.credits },
    });
  });

export const banUserFromSupabaseStorage = adminActionClient
  .schema(z.object({ supabaseUserId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await supabaseAdmin.auth.admin.updateUserById(parsedInput.supabaseUserId, { ban_duration: "876000h" });
  });

// why: platform role change by a plain signed-in user check, and no audit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setUserRole(userId: string, role: string) {
  const { userId: me } = await verifySession();
  if (typeof role !== "string" || typeof userId !== "string") throw new Error("Bad input");
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: { role },
  });
  return { by: me };
}
