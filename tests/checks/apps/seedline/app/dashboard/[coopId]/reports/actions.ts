"use server";

import { z } from "zod";
import { pool } from "@/lib/pg";
import { requireCoopMember } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";
import { deliveryReport, payoutTotals, loanBookByStatus } from "@/lib/reports/queries";

// ok: missing-auth, missing-input-validation
export const runDeliveryReport = coopActionClient
  .metadata({ actionName: "report.deliveries" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ season: z.string().regex(/^20[0-9]{2}[AB]$/), sort: z.enum(["delivered_at", "net_kg", "member"]), dir: z.enum(["asc", "desc"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await deliveryReport(ctx.coopId, parsedInput.season, parsedInput.sort, parsedInput.dir);
    // ok: excessive-data-exposure
    return rows;
  });

// "Group payouts by…" dropdown; the value is whatever the <select> posts.
// ruleid: missing-input-validation
// ok: missing-auth
export async function runPayoutTotals(coopId: string, groupBy: string) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER", "ADMIN"]);
  const rows = await payoutTotals(ctx.coopId, groupBy);
  return rows.map((r) => ({ bucket: String(r.bucket), total: Number(r.total) }));
}

// ok: missing-auth, missing-input-validation
export async function runLoanBook(coopId: string, statuses: string[]) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER"]);
  const list = z.array(z.enum(["PENDING", "APPROVED", "WRITTEN_OFF", "REPAID"])).min(1).parse(statuses);
  const rows = await loanBookByStatus(ctx.coopId, list);
  return rows.map((r) => ({ id: r.id as string, balance: Number(r.balance), status: r.status as string }));
}

// ok: missing-auth, missing-input-validation
export async function getSavedReport(coopId: string, reportId: string) {
  await requireCoopMember(coopId);
  const id = z.string().uuid().parse(reportId);
  // ok: sql-injection
  // ruleid: missing-authorization
  const { rows } = await pool.query("SELECT * FROM saved_reports WHERE id = $1", [id]);
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}
