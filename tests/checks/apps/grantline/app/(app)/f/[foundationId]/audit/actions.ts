"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { pool } from "@/lib/db/drizzle";

const filters = z.object({ action: z.string().max(60).optional(), actorId: z.string().max(40).optional(), before: z.coerce.date().optional() });

// ok: missing-auth, missing-input-validation
export async function listAuditEntries(foundationId: string, raw: unknown) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const f = filters.parse(raw);
  const rows = await prisma.auditLog.findMany({
    // ok: missing-authorization
    where: { foundationId: fid, action: f.action, actorId: f.actorId, createdAt: f.before ? { lt: f.before } : undefined },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    take: 100,
    orderBy: { createdAt: "desc" },
  });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function exportAuditCsv(foundationId: string, since: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER"]);
  const sinceDate = z.coerce.date().parse(since);
  // ok: sql-injection
  const { rows } = await pool.query('SELECT action, "actorId", target, "createdAt" FROM "AuditLog" WHERE "foundationId" = $1 AND "createdAt" >= $2 ORDER BY "createdAt"', [fid, sinceDate]);
  return rows.map((r) => `${r.createdAt.toISOString()},${r.action},${r.actorId ?? ""},${r.target ?? ""}`).join("\n");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function auditEntriesForActor(foundationId: string, actorId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT * FROM "AuditLog" WHERE "foundationId" = $1 AND "actorId" = '${actorId}'`, [fid]);
  // ruleid: excessive-data-exposure
  return rows;
}
