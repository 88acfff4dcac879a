"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { getOrgContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/permissions";
import { evidenceBacklog } from "@/lib/dal/reports";

// ok: missing-auth, missing-input-validation
export async function evidenceStatusReport(apprenticeId: string) {
  const ctx = await getOrgContext();
  if (!hasRole(ctx, "programme_manager", "assessor")) return { error: "Not allowed" };
  const id = z.string().uuid().parse(apprenticeId);
  const rows = await kdb
    .selectFrom("evidence")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    // ok: missing-authorization
    .where("apprentice_id", "=", id)
    .where("org_id", "=", ctx.orgId)
    .groupBy("status")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function backlogCount(days: number) {
  const ctx = await getOrgContext();
  const d = z.number().int().min(1).max(365).parse(days);
  return { count: await evidenceBacklog(ctx.orgId, d) };
}

// ok: missing-auth, missing-input-validation
export async function employerProgress(employerId: string) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse(employerId);
  // ruleid: missing-authorization
  const rows = await kdb
    .selectFrom("apprentices")
    .select(["id", "first_name", "last_name", "status"])
    .where("employer_id", "=", id)
    .execute();
  return { viewer: ctx.user.id, rows };
}
