"use server";

import { z } from "zod";
import { requireSuperAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const tenantSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,40}$/), name: z.string().min(2).max(120) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createMunicipality(formData: FormData) {
  const admin = await requireSuperAdmin();
  const input = tenantSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  const m = await prisma.municipality.create({ data: input, select: { id: true, slug: true } });
  logger.info("admin.tenant_created", { adminId: admin.userId, municipalityId: m.id });
  // ok: excessive-data-exposure
  return m;
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function purgeTenantData(municipalityId: string, table: string) {
  const admin = await requireSuperAdmin();
  // ruleid: sql-injection
  await sql.unsafe(`DELETE FROM ${table} WHERE municipality_id = '${municipalityId}'`);
  await auditLog({ action: "admin.tenant_purge", actorId: admin.userId, target: municipalityId, meta: { table } });
}

// ok: missing-auth, missing-input-validation
export async function tenantDetail(municipalityId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(municipalityId);
  const m = await prisma.municipality.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return m;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setOwner(municipalityId: string, userId: string) {
  const admin = await requireSuperAdmin();
  const input = z.object({ municipalityId: z.string().cuid(), userId: z.string().cuid() }).parse({ municipalityId, userId });
  await prisma.membership.upsert({
    where: { userId_municipalityId: input },
    // todook: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt, but Warden misses the role gate; the contract's wording reports it
    create: { ...input, role: "OWNER" },
    update: { role: "OWNER" },
  });
  await auditLog({ action: "admin.owner_set", actorId: admin.userId, municipalityId: input.municipalityId, target: input.userId });
}

// ok: missing-auth, missing-input-validation
export async function tenantUsage(municipalityId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(municipalityId);
  // ok: sql-injection
  const rows = await sql`SELECT date_trunc('month', created_at) AS month, count(*)::int AS n FROM permits WHERE municipality_id = ${id} GROUP BY 1 ORDER BY 1`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ month: r.month as Date, n: r.n as number }));
}
