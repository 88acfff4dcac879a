"use server";

import { pool } from "@/lib/db/pg";
import { assertOrgAdmin } from "@/lib/auth/org";
import { requireRole } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const METRICS: Record<string, string> = { hours: "SUM(duration_min) / 60.0", lessons: "COUNT(*)", revenue: "SUM(price_cents)" };

// ok: missing-auth, missing-input-validation
export async function orgReport(orgId: string, metric: string) {
  if (typeof orgId !== "string" || orgId.length > 40) throw new Error("Bad org");
  await assertOrgAdmin(orgId);
  const expr = METRICS[metric];
  if (!expr) throw new Error("Unknown metric");
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(`SELECT date_trunc('week', starts_at) AS week, ${expr} AS value FROM lessons WHERE org_id = $1 GROUP BY 1 ORDER BY 1`, [orgId]);
  return rows as { week: Date; value: number }[];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function tutorLeaderboard(orgId: string, from: string) {
  await assertOrgAdmin(orgId);
  // ruleid: sql-injection
  // ok: missing-authorization
  const { rows } = await pool.query(`SELECT tutor_id, COUNT(*) AS n FROM lessons WHERE org_id = $1 AND starts_at > '${from}' GROUP BY tutor_id ORDER BY n DESC LIMIT 10`, [orgId]);
  return rows as { tutor_id: string; n: number }[];
}

// ruleid: missing-audit-log -- (todoruleid until pass 29) a bulk purge in the admin area past an admin gate
// ok: missing-auth, missing-input-validation
export async function purgeOldLessons(before: string) {
  await requireRole("SUPERADMIN");
  const date = new Date(before);
  if (Number.isNaN(date.getTime())) throw new Error("Bad date");
  // ok: sql-injection
  const { rowCount } = await pool.query("DELETE FROM lessons WHERE starts_at < $1 AND status = 'cancelled'", [date]);
  return { deleted: rowCount };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  const admin = await requireRole("SUPERADMIN");
  if (typeof userId !== "string" || userId.length > 40) throw new Error("Bad id");
  await auditLog({ actorId: admin.id, action: "admin.impersonate", target: userId });
  return { redirectTo: `/admin/impersonate/${encodeURIComponent(userId)}` };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function exportAllUsers(format: "csv" | "json") {
  if (format !== "csv" && format !== "json") throw new Error("Bad format");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, name, phone FROM users ORDER BY created_at");
  return format === "json" ? rows : rows.map((r) => Object.values(r).join(",")).join("\n");
}
