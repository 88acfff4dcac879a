"use server";

import { z } from "zod";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { getOptionalSession, requirePlatformAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendCharity(charityId: string, reason: string) {
  const s = await getOptionalSession();
  if (!s?.isPlatformAdmin) return { error: "Forbidden" };
  const input = z.object({ charityId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ charityId, reason });
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { charityId: input.charityId }, data: { status: "suspended" } });
  logger.warn("admin.charity_suspended", { actorId: s.userId, charityId: input.charityId, reason: input.reason });
  return { ok: true };
}

// Platform console search box.
// ruleid: missing-auth
// ok: missing-input-validation
export async function searchAllCharities(query: string) {
  // ruleid: floating-auth-check
  requirePlatformAdmin();
  if (typeof query !== "string" || query.length > 100) return [];
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT id, name, slug, plan FROM "Charity" WHERE name ILIKE '%${query}%' ORDER BY name LIMIT 50`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, plan: r.plan as string }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function purgeCharityData(charityId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(charityId);
  // ok: sql-injection
  await sql`DELETE FROM "Donor" WHERE "charityId" = ${id}`;
  // ok: sql-injection
  await sql`DELETE FROM "Donation" WHERE "charityId" = ${id}`;
  after(() => auditLog({ actorId: admin.userId, action: "admin.charity.purged", target: id }));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeCharityPlan(charityId: string, plan: string) {
  const admin = await requirePlatformAdmin();
  const input = z.object({ charityId: z.string().cuid(), plan: z.enum(["starter", "growth", "federation"]) }).parse({ charityId, plan });
  // ok: missing-authorization
  await prisma.charity.update({
    where: { id: input.charityId },
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
    data: { plan: input.plan },
  });
  await prisma.auditLog.create({ data: { actorId: admin.userId, charityId: input.charityId, action: "admin.plan_changed", meta: { plan: input.plan } } });
  return { ok: true };
}

// ok: missing-auth
export async function platformStats() {
  const admin = await getOptionalSession();
  if (!admin) throw new Error("Unauthenticated");
  // ok: floating-auth-check
  await requirePlatformAdmin();
  const [charities, users] = await Promise.all([prisma.charity.count(), prisma.user.count()]);
  // ok: excessive-data-exposure
  return { charities, users };
}
