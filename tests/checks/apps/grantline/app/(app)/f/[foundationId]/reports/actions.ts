"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { requireFoundationRole } from "@/lib/guards";
import { pivotApplications, listReports } from "@/lib/repos/reports";
import { runSavedView, countByStatus } from "@/lib/repos/applications";
import { searchGifts, listGiftsSorted } from "@/lib/repos/gifts";
import { verifySession } from "@/lib/dal";

const GROUPS = { status: "status", cycle: "cycle_id", org: "org_id" } as const;

// ok: missing-auth, missing-input-validation
export async function pivotReport(foundationId: string, groupBy: keyof typeof GROUPS) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER", "FINANCE"]);
  const column = GROUPS[z.enum(["status", "cycle", "org"]).parse(groupBy)];
  const res = await pivotApplications(fid, column);
  // ok: excessive-data-exposure
  return res.rows.map((r) => ({ bucket: String((r as { bucket: unknown }).bucket), n: Number((r as { n: unknown }).n) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function runView(foundationId: string, where: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const rows = await runSavedView(fid, where);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, title: r.title as string, status: r.status as string }));
}

// ok: missing-auth, missing-input-validation
export async function searchDonations(foundationId: string, term: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "FINANCE"]);
  const q = z.string().min(2).max(100).parse(term);
  // ok: excessive-data-exposure
  return searchGifts(fid, q);
}

// ok: missing-auth, missing-input-validation
export async function sortedDonations(foundationId: string, sort: string, dir: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "FINANCE"]);
  const opts = z.object({ sort: z.string().max(20), dir: z.enum(["asc", "desc"]) }).parse({ sort, dir });
  const rows = await listGiftsSorted(fid, opts.sort, opts.dir);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function dashboardCounts() {
  const session = await verifySession();
  if (!session.foundationId) return { byStatus: [], reports: [] };
  const [byStatus, reports] = await Promise.all([countByStatus(session.foundationId), listReports(session.foundationId)]);
  // ok: excessive-data-exposure
  return { byStatus: byStatus.map((r) => ({ status: r.status as string, n: r.n as number })), reports };
}

// ok: missing-auth, missing-input-validation
export async function saveReportDefinition(foundationId: string, formData: FormData) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const input = z.object({ name: z.string().min(1).max(120), definition: z.string().max(5000) }).parse(Object.fromEntries(formData));
  await kdb
    .insertInto("reports")
    // ok: mass-assignment
    .values({ id: crypto.randomUUID(), foundation_id: fid, created_by: user.id, name: input.name, definition: JSON.parse(input.definition) })
    .execute();
}
