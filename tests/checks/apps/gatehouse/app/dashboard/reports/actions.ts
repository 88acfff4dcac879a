"use server";

import { z } from "zod";
import { ActionError, authActionClient } from "@/lib/safe-action";
import { canManageEvent, isOrganiserMember, getSessionUser } from "@/lib/auth";
import { sql } from "@/lib/db/drizzle";
import { ordersFiltered, ordersSorted } from "@/lib/search";
import { revenueByDimension, salesByDay, scanTimeline } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export const salesReport = authActionClient
  .metadata({ actionName: "salesReport" })
  .inputSchema(
    z.object({
      eventId: z.string().cuid(),
      tz: z.enum(["utc", "london", "berlin", "ny"]).default("utc"),
      sort: z.enum(["created", "total", "name"]).default("created"),
      desc: z.boolean().default(true),
    }),
  )
  .action(async ({ parsedInput: { eventId, tz, sort, desc }, ctx: { user } }) => {
    // ok: floating-auth-check
    if (!(await canManageEvent(user.id, eventId))) throw new ActionError("Not allowed.");
    const [daily, orders] = await Promise.all([salesByDay(eventId, tz), ordersSorted(eventId, sort, desc)]);
    return { daily, orders };
  });

// ok: missing-auth, missing-input-validation
export const revenueBreakdown = authActionClient
  .metadata({ actionName: "revenueBreakdown" })
  .inputSchema(z.object({ organiserId: z.string().cuid(), dimension: z.string().max(40) }))
  .action(async ({ parsedInput: { organiserId, dimension }, ctx: { user } }) => {
    if (!(await isOrganiserMember(user.id, organiserId, ["OWNER", "ADMIN"]))) throw new ActionError("Not allowed.");
    return revenueByDimension(organiserId, dimension);
  });

// ok: missing-auth, missing-input-validation
export const ordersByStatus = authActionClient
  .metadata({ actionName: "ordersByStatus" })
  .inputSchema(z.object({ eventId: z.string().cuid(), status: z.string() }))
  .action(async ({ parsedInput: { eventId, status }, ctx: { user } }) => {
    if (!(await canManageEvent(user.id, eventId))) throw new ActionError("Not allowed.");
    return ordersFiltered(eventId, status);
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function doorScanTimeline(eventId: string, bucket: string) {
  const user = await getSessionUser();
  if (!user) throw new Error("Unauthorized");
  if (!(await canManageEvent(user.id, eventId))) throw new Error("Not allowed");
  return scanTimeline(eventId, bucket);
}

const FILTERS = {
  admitted: "result = 'admitted'",
  duplicate: "result = 'duplicate'",
  invalid: "result = 'invalid'",
} as const;

// ok: missing-auth, missing-input-validation
export const deviceActivity = authActionClient
  .metadata({ actionName: "deviceActivity" })
  .inputSchema(z.object({ eventId: z.string().cuid(), results: z.array(z.enum(["admitted", "duplicate", "invalid"])).min(1) }))
  .action(async ({ parsedInput: { eventId, results }, ctx: { user } }) => {
    if (!(await canManageEvent(user.id, eventId))) throw new ActionError("Not allowed.");
    const where = results.map((r) => FILTERS[r]).join(" OR ");
    // ok: sql-injection
    const rows = await sql.unsafe(
      `SELECT device_id, result, count(*)::int AS n FROM scan_events WHERE event_id = $1 AND (${where}) GROUP BY 1, 2`,
      [eventId],
    );
    return rows.map((r) => ({ deviceId: r.device_id as string, result: r.result as string, n: r.n as number }));
  });

// ok: missing-auth, missing-input-validation
export const attendeeCsv = authActionClient
  .metadata({ actionName: "attendeeCsv" })
  .inputSchema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId }, ctx: { user } }) => {
    if (!(await canManageEvent(user.id, eventId))) throw new ActionError("Not allowed.");
    // ruleid: sql-injection
    const rows = await sql.unsafe(
      `SELECT ticket_id, result, scanned_at FROM scan_events WHERE event_id = '${eventId}' ORDER BY scanned_at`,
    );
    return rows.map((r) => `${r.ticket_id},${r.result},${new Date(r.scanned_at).toISOString()}`).join("\n");
  });
