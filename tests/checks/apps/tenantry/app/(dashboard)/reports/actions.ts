"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireAgencyMember, verifySession } from "@/lib/dal";
import { isFinanceMember } from "@/services/guards";
import { arrearsForPortfolio, revenueByPeriod, voidDays, bulkMarkPaid } from "@/services/reports";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function revenueReport(input: { grouping: "month" | "week" }) {
  const { agencyId, userId } = await requireAgencyMember();
  const { grouping } = z.object({ grouping: z.enum(["month", "week"]) }).parse(input);
  // ok: floating-auth-check
  const [allowed] = await Promise.all([isFinanceMember(userId, agencyId)]);
  if (!allowed) throw new Error("Finance roles only");
  try {
    const rows = await revenueByPeriod(agencyId, grouping);
    // ok: excessive-data-exposure
    return { rows: rows.map((r) => ({ bucket: r.bucket.toISOString(), total: Number(r.total) })) };
  } catch (error) {
    logger.error({ error }, "revenue report failed");
    // ok: information-disclosure
    throw new Error(`Report failed: ${(error as Error).message}`);
  }
}

// ok: missing-auth, missing-input-validation
export async function arrearsReport(portfolioId: string) {
  const { agencyId } = await requireAgencyMember();
  const id = z.string().cuid().parse(portfolioId);
  try {
    // ok: information-disclosure
    return { rows: await arrearsForPortfolio(agencyId, id) };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not build the arrears report" };
  }
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function voidDaysReport(fromDate: string) {
  const { agencyId } = await requireAgencyMember();
  try {
    const rows = await voidDays(agencyId, fromDate);
    return { rows };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: (e as Error).message, stack: (e as Error).stack };
  }
}

// ruleid: missing-auth
export async function markPaymentsPaid(ids: string[]) {
  // middleware.ts already blocks anonymous users on /reports
  const parsed = z.array(z.string().cuid()).max(100).parse(ids);
  await bulkMarkPaid(parsed);
  return { updated: parsed.length };
}

// ok: missing-auth, missing-input-validation
export async function agencySnapshot() {
  const { userId } = await verifySession();
  const membership = await prisma.membership.findFirst({ where: { userId }, select: { agencyId: true } });
  if (!membership) return null;
  const [units, leases, open] = await Promise.all([
    prisma.unit.count({ where: { agencyId: membership.agencyId } }),
    prisma.lease.count({ where: { agencyId: membership.agencyId, status: "active" } }),
    prisma.maintenanceRequest.count({ where: { agencyId: membership.agencyId, status: "open" } }),
  ]);
  // ok: excessive-data-exposure
  return { units, leases, open, occupancy: units ? leases / units : 0 };
}
