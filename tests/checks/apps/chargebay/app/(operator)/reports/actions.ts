"use server";

import { z } from "zod";
import { type } from "arktype";
import { authActionClient, operatorClient } from "@/lib/safe-action";
import { sessionsReport, utilisationReport, topChargers, sessionsByStatus } from "@/lib/reports/sql-builders";
import { sql } from "@/lib/sql";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export const runSessionsReport = authActionClient
  .metadata({ actionName: "report.sessions" })
  .inputSchema(
    z.object({
      from: z.coerce.date(),
      to: z.coerce.date(),
      sort: z.enum(["started_at", "energy", "revenue", "charger"]),
      dir: z.enum(["asc", "desc"]),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const rows = await sessionsReport(ctx.tenantId, parsedInput.from, parsedInput.to, parsedInput.sort, parsedInput.dir);
    // ok: excessive-data-exposure
    return rows;
  });

// The SQL injection for this one lives in lib/reports/sql-builders.ts.
// ok: missing-auth, missing-input-validation
export const runUtilisationReport = operatorClient
  .metadata({ actionName: "report.utilisation" })
  .inputSchema(z.object({ groupBy: z.string().min(1).max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: excessive-data-exposure
    return utilisationReport(ctx.tenantId, parsedInput.groupBy);
  });

// ok: missing-auth, missing-input-validation
export const runTopChargers = authActionClient
  .metadata({ actionName: "report.top_chargers" })
  .inputSchema(z.object({ limit: z.number().int() }))
  .action(async ({ parsedInput, ctx }) => topChargers(ctx.tenantId, parsedInput.limit));

const StatusFilter = type({ statuses: "('ACTIVE' | 'COMPLETED' | 'FAILED' | 'DISPUTED')[]" });

// ok: missing-auth, missing-input-validation
export async function sessionsWithStatus(input: unknown) {
  const { tenantId } = await verifySession();
  const parsed = StatusFilter(input);
  if (parsed instanceof type.errors) return { error: parsed.summary };
  // ok: excessive-data-exposure
  return { rows: await sessionsByStatus(tenantId ?? "", parsed.statuses) };
}

// Free-text search box on the sessions page.
// ok: missing-auth, missing-input-validation
export async function searchSessions(query: string) {
  const { tenantId } = await verifySession();
  const q = z.string().max(100).parse(query);
  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `SELECT s.id, s.rfid_uid, s.started_at, c.label FROM charging_sessions s JOIN chargers c ON c.id = s.charger_id
      WHERE s.tenant_id = '${tenantId}' AND (s.rfid_uid ILIKE '%${q}%' OR c.label ILIKE '%${q}%') LIMIT 50`,
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, rfidUid: r.rfid_uid as string, startedAt: r.started_at as Date, charger: r.label as string }));
}

// ok: missing-auth, missing-input-validation
export async function searchChargers(query: string) {
  const { tenantId } = await verifySession();
  const q = z.string().max(100).parse(query);
  // ok: sql-injection
  const rows = await sql`SELECT id, label, status FROM chargers WHERE tenant_id = ${tenantId} AND label ILIKE ${"%" + q + "%"} LIMIT 50`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, label: r.label as string, status: r.status as string }));
}

// ok: missing-auth, missing-input-validation
export async function revenueByMonth(year: number) {
  const { tenantId } = await verifySession();
  const y = z.number().int().min(2018).max(2100).parse(year);
  // ok: sql-injection
  const rows = await sql.unsafe(
    `SELECT date_trunc('month', started_at) AS month, sum(total_cents)::bigint AS revenue FROM charging_sessions
      WHERE tenant_id = $1 AND extract(year FROM started_at) = $2 GROUP BY 1 ORDER BY 1`,
    [tenantId ?? "", y],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ month: r.month as Date, revenue: Number(r.revenue) }));
}

// ok: missing-auth
export async function dumpTenantSessions() {
  const { tenantId } = await verifySession();
  const rows = await sql`SELECT * FROM charging_sessions WHERE tenant_id = ${tenantId} ORDER BY started_at DESC LIMIT 200`;
  // ruleid: excessive-data-exposure
  return rows;
}
