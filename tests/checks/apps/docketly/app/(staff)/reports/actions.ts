"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { requireRole } from "@/lib/authz";
import { utilization, mattersGroupedBy, matterFullText, agedReceivables } from "@/lib/sql/reports";

// ok: missing-auth, missing-input-validation
export async function utilizationReport(_prev: unknown, formData: FormData) {
  const session = await requireRole(["OWNER", "MANAGING_PARTNER"]);
  const { from, to } = z.object({ from: z.coerce.date(), to: z.coerce.date() }).parse(Object.fromEntries(formData));
  const rows = await utilization(session.firmId, from, to);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ userId: r.user_id as string, minutes: Number(r.minutes), billed: Number(r.billed_minutes) }));
}

// ok: missing-auth, missing-input-validation
export async function mattersByBucket(groupBy: string) {
  const session = await verifySession();
  const key = z.enum(["practice_area", "lead_attorney_id", "status"]).parse(groupBy);
  return mattersGroupedBy(session.firmId, key);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function searchMatters(q: string) {
  const session = await verifySession();
  const rows = await matterFullText(session.firmId, q);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, number: r.number as string, title: r.title as string }));
}

// ok: missing-auth
export async function receivablesAging(buckets: number[]) {
  const session = await requireRole(["OWNER", "MANAGING_PARTNER", "BILLING_CLERK"]);
  const clean = buckets.map((b) => Number(b)).filter((b) => Number.isInteger(b) && b > 0 && b < 3650);
  return agedReceivables(session.firmId, clean);
}
