"use server";

import * as v from "valibot";
import { authActionClient } from "@/lib/safe-action";
import { requireUser } from "@/lib/session";
import { reportsPool } from "@/lib/pg";
import { sql } from "drizzle-orm";
import { billingDb, billingPool } from "@/lib/drizzle/client";
import { jobsReport, revenueByPeriod, searchJobs } from "@/lib/data/reports";

// ok: missing-auth, missing-input-validation
export const runJobsReport = authActionClient
  .metadata({ actionName: "report.jobs" })
  .inputSchema(v.object({ sort: v.picklist(["scheduled", "price", "status"]), dir: v.picklist(["asc", "desc"]) }))
  .action(async ({ parsedInput, ctx }) => jobsReport(ctx.workspaceId, parsedInput.sort, parsedInput.dir));

// ok: missing-auth, missing-input-validation
export const searchReport = authActionClient
  .metadata({ actionName: "report.search" })
  .inputSchema(v.object({ q: v.pipe(v.string(), v.maxLength(100)) }))
  .action(async ({ parsedInput, ctx }) => searchJobs(ctx.workspaceId, parsedInput.q));

// ruleid: missing-input-validation
export async function countJobsBetween(from: string, to: string) { // ok: missing-auth
  // ok: floating-auth-check
  const session = await requireUser();
  // ruleid: sql-injection
  const { rows } = await reportsPool.query(
    `SELECT count(*)::int AS n FROM jobs WHERE workspace_id = $1 AND scheduled_at >= '${from}' AND scheduled_at < '${to}'`,
    [session.workspaceId],
  );
  // ok: excessive-data-exposure
  return { count: rows[0].n as number };
}

const PERIODS = ["day", "week", "month"] as const;

export async function revenueReport(period: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  if (!PERIODS.includes(period as (typeof PERIODS)[number])) throw new Error("Unknown period");
  return revenueByPeriod(session.workspaceId, period);
}

export async function overdueCount() { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const STATUS = "overdue";
  // ok: sql-injection
  const { rows } = await reportsPool.query(`SELECT count(*)::int AS n FROM invoices WHERE workspace_id = $1 AND status = '${STATUS}'`, [
    session.workspaceId,
  ]);
  // ok: excessive-data-exposure
  return rows[0].n as number;
}

const AGING_ORDER = "ORDER BY bucket";

// ok: missing-auth, missing-input-validation
export const agingBuckets = authActionClient.metadata({ actionName: "report.aging" }).action(async ({ ctx }) => {
  // ok: sql-injection
  const result = await billingDb.execute(sql`
    SELECT CASE WHEN due_at > now() THEN 'current' WHEN due_at > now() - interval 30 day THEN '30' ELSE '60+' END AS bucket,
           count(*) AS n
    FROM invoices WHERE workspace_id = ${ctx.workspaceId} AND status <> 'paid'
    GROUP BY bucket ${sql.raw(AGING_ORDER)}`);
  return result;
});

// ok: missing-auth, missing-input-validation
export const invoiceNumberLookup = authActionClient
  .metadata({ actionName: "report.invoice_lookup" })
  .inputSchema(v.object({ number: v.pipe(v.string(), v.maxLength(24)) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const [rows] = await billingPool.execute("SELECT id, status FROM invoices WHERE workspace_id = ? AND number = ?", [
      ctx.workspaceId,
      parsedInput.number,
    ]);
    // ok: excessive-data-exposure
    return (rows as { id: string; status: string }[]).map((r) => ({ id: r.id, status: r.status }));
  });

// ok: missing-auth, missing-input-validation
export const technicianHours = authActionClient
  .metadata({ actionName: "report.tech_hours" })
  .inputSchema(v.object({ technicianId: v.pipe(v.string(), v.maxLength(64)) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const { rows } = await reportsPool.query({
      text: "SELECT sum(minutes)::int AS minutes FROM time_entries WHERE workspace_id = $1 AND technician_id = $2",
      values: [ctx.workspaceId, parsedInput.technicianId],
    });
    // ok: excessive-data-exposure
    return { minutes: (rows[0]?.minutes as number) ?? 0 };
  });
