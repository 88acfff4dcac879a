"use server";

import { z } from "zod";
import { sql as kSql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { sql } from "@/lib/db/postgres";
import { sql as vsql } from "@vercel/postgres";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { verifySession } from "@/lib/dal";
import { laneVolume, searchLanes, exportTable } from "@/lib/sql/report-queries";

// ok: missing-auth, missing-input-validation
export async function revenueByStatus() {
  const viewer = await verifySession();
  const rows = await kdb
    .selectFrom("invoices")
    .select(["status", kSql<number>`sum(amount)`.as("total")])
    .where("tenant_id", "=", viewer.tenantId)
    .groupBy("status")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function laneReport(sort: string, dir: string) {
  const viewer = await verifySession();
  const input = z.object({ sort: z.enum(["pickup", "rate", "created"]), dir: z.enum(["asc", "desc"]) }).parse({ sort, dir });
  return laneVolume(viewer.tenantId, input.sort, input.dir);
}

// ok: missing-auth, missing-input-validation
export async function laneSearch(term: string) {
  const viewer = await verifySession();
  const t = z.string().max(60).parse(term);
  return searchLanes(viewer.tenantId, t);
}

// ok: missing-auth, missing-input-validation
export async function onTimeReport(from: string, to: string) {
  const viewer = await verifySession();
  const range = z.object({ from: z.coerce.date(), to: z.coerce.date() }).parse({ from, to });
  // ok: sql-injection
  const rows = await sql`SELECT carrier_id, avg(on_time::int) AS pct FROM loads WHERE tenant_id = ${viewer.tenantId} AND delivery_at BETWEEN ${range.from} AND ${range.to} GROUP BY carrier_id`;
  return rows.map((r) => ({ carrierId: r.carrier_id as string, pct: Number(r.pct) }));
}

// ok: missing-auth, missing-input-validation
export async function marginReport(groupBy: string) {
  const viewer = await verifySession();
  const col = z.string().parse(groupBy);
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT ${col} AS k, sum(rate_cents - COALESCE(target_rate,0)) AS margin FROM "Load" WHERE "tenantId" = $1 GROUP BY ${col}`, viewer.tenantId);
  return rows as { k: string; margin: number }[];
}

// ok: missing-auth, missing-input-validation
export async function detentionReport(days: number) {
  const viewer = await verifySession();
  const d = z.number().int().min(1).max(365).parse(days);
  // ok: sql-injection
  const { rows } = await vsql`SELECT load_id, sum(amount) AS total FROM accessorials WHERE kind = 'DETENTION' AND tenant_id = ${viewer.tenantId} AND created_at > now() - make_interval(days => ${d}) GROUP BY load_id`;
  return rows.map((r) => ({ loadId: r.load_id as string, total: Number(r.total) }));
}

// ok: missing-auth, missing-input-validation
export async function exportReport(kind: string) {
  const viewer = await verifySession();
  const k = z.string().min(1).parse(kind);
  const rows = await exportTable(k, viewer.tenantId);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, createdAt: r.created_at as Date }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function carrierLeaderboard(limit: string) {
  await verifySession();
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT carrier_id, count(*) AS n FROM loads GROUP BY carrier_id ORDER BY n DESC LIMIT " + limit);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function statusCounts() {
  const viewer = await verifySession();
  const STATUSES = "'POSTED','TENDERED','IN_TRANSIT'";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT status, count(*)::int AS n FROM loads WHERE tenant_id = $1 AND status IN (${STATUSES}) GROUP BY status`, [viewer.tenantId]);
  return rows as { status: string; n: number }[];
}
