"use server";

import { z } from "zod";
import { agencyAdminClient, agencyActionClient } from "@/lib/safe-action";
import { reportsPool } from "@/lib/db/reports";

const SORTABLE = { name: "c.full_name", hours: "total_hours", pay: "total_pay" } as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const payrollPreview = agencyAdminClient
  .schema(z.object({ periodStart: z.coerce.date(), periodEnd: z.coerce.date(), sort: z.enum(["name", "hours", "pay"]).default("name") }))
  .metadata({ actionName: "payrollPreview" })
  .action(async ({ parsedInput, ctx }) => {
    const orderBy = SORTABLE[parsedInput.sort];
    // ok: sql-injection
    const { rows } = await reportsPool.query(
      `SELECT c.id, c.full_name, SUM(s.hours) AS total_hours, SUM(s.hours * s.pay_rate) AS total_pay
         FROM caregivers c JOIN shift_hours s ON s.caregiver_id = c.id
        WHERE c.agency_id = $1 AND s.day BETWEEN $2 AND $3
        GROUP BY c.id ORDER BY ${orderBy}`,
      [ctx.agencyId, parsedInput.periodStart, parsedInput.periodEnd],
    );
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, name: r.full_name, hours: Number(r.total_hours), pay: Number(r.total_pay) }));
  });

// ok: missing-auth, missing-input-validation
export const searchTimesheets = agencyActionClient
  .schema(z.object({ caregiverName: z.string().max(80) }))
  .metadata({ actionName: "searchTimesheets" })
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: sql-injection
    const { rows } = await reportsPool.query(`SELECT id, day, hours FROM shift_hours WHERE agency_id = $1 AND caregiver_name ILIKE '%${parsedInput.caregiverName}%'`, [ctx.agencyId]);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, day: r.day, hours: r.hours }));
  });

// ok: missing-auth, missing-input-validation
export const timesheetTotals = agencyActionClient
  .schema(z.object({ weeks: z.coerce.number().int().min(1).max(52) }))
  .metadata({ actionName: "timesheetTotals" })
  .action(async ({ parsedInput, ctx }) => {
    const weeks = Number(parsedInput.weeks);
    // ok: sql-injection
    const { rows } = await reportsPool.query(`SELECT COUNT(*)::int AS n FROM shift_hours WHERE agency_id = $1 AND day > now() - interval '${weeks} weeks'`, [ctx.agencyId]);
    return { count: rows[0].n as number };
  });
