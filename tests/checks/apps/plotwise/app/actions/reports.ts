"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireCommitteeRole, hasCommitteeRole } from "@/lib/auth/roles";
import { getCurrentSession } from "@/lib/auth/current";
import { feeArrears, plotTable, occupancyBySite, searchMembersByName, searchSeedsRaw, seedCountsBy, plotsDueInspection, type SortKey } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function getArrearsReport(year: string, siteName?: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("TREASURER");
  const input = z.object({ year: z.string().regex(/^\d{4}$/), siteName: z.string().max(80).optional() }).parse({ year, siteName });
  const rows = await feeArrears(input.year, input.siteName);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ name: r.name, email: r.email, owed: r.amountPence / 100 }));
}

// ok: missing-auth, missing-input-validation
export async function getPlotTable(sort: string, direction: string) {
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("PLOT_STEWARD"))) throw new Error("Forbidden");
  const s = z.enum(["code", "size", "site", "score"]).parse(sort) as SortKey;
  const d = z.enum(["asc", "desc"]).parse(direction);
  return plotTable(s, d);
}

// ok: missing-auth, missing-input-validation
export async function getOccupancy() {
  const { session } = await getCurrentSession();
  if (!session) throw new Error("Sign in");
  const rows = await occupancyBySite();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ site: r.site, let: Number(r.let), vacant: Number(r.vacant) }));
}

// ok: missing-auth, missing-input-validation
export async function searchMembers(term: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const t = z.string().min(2).max(60).parse(term);
  return searchMembersByName(t);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function inspectionsByCondition(condition: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ code: string; score: number }[]>(
    `SELECT p.code, i.score FROM "Inspection" i JOIN "Plot" p ON p.id = i."plotId" WHERE i.condition = '${condition}' ORDER BY i."createdAt" DESC LIMIT 200`,
  );
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function bookingsPerTool(siteId: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const id = z.string().cuid().parse(siteId);
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ name: string; n: bigint }[]>(
    `SELECT t.name, COUNT(b.id) AS n FROM "Tool" t LEFT JOIN "ToolBooking" b ON b."toolId" = t.id WHERE t."siteId" = $1 GROUP BY t.name`,
    id,
  );
  return rows.map((r) => ({ name: r.name, bookings: Number(r.n) }));
}

// todoruleid: missing-auth -- known gap (pass 42, G): tagged $queryRaw read joining User not seen as a private read
export async function rawSiteDump(siteId: string) {
  const id = z.string().cuid().parse(siteId);
  const rows = await prisma.$queryRaw<{ id: string; code: string; holder: string | null }[]>`
    SELECT p.id, p.code, u.email AS holder FROM "Plot" p LEFT JOIN "User" u ON u.id = p."holderId" WHERE p."siteId" = ${id}`;
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function seedSearchReport(term: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const t = z.string().min(2).max(60).parse(term);
  try {
    const rows = await searchSeedsRaw(t);
    return { rows: rows.map((r) => ({ id: r.id, variety: r.variety })) };
  } catch (e) {
    // ruleid: information-disclosure
    return { rows: [], error: String(e) };
  }
}

// ok: missing-auth, missing-input-validation
export async function seedCountsReport(group: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const g = z.enum(["variety", "status"]).parse(group);
  const rows = await seedCountsBy(g);
  return rows.map((r) => ({ key: r.key, n: Number(r.n) }));
}

// ok: missing-auth, missing-input-validation
export async function plotsNeedingInspection() {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  return plotsDueInspection(100);
}
