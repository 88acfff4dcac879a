"use server";

import * as v from "valibot";
import { sql } from "@/lib/db/sql";
import { getPortalSession, requirePortalUser } from "@/lib/auth/portal-session";

const ProfileSchema = v.object({ name: v.pipe(v.string(), v.maxLength(120)), department: v.pipe(v.string(), v.maxLength(120)) });

// ok: missing-auth, missing-input-validation
export async function updatePortalProfile(formData: FormData) {
  const { partnerUserId } = await requirePortalUser();
  const p = v.parse(ProfileSchema, Object.fromEntries(formData));
  // ok: sql-injection, missing-authorization
  await sql`update partner_profiles set name = ${p.name}, department = ${p.department} where user_id = ${partnerUserId}`;
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function updatePortalAvatar(formData: FormData) {
  const session = await getPortalSession();
  const url = v.parse(v.pipe(v.string(), v.url(), v.startsWith("https://")), formData.get("avatarUrl"));
  await sql`update partner_profiles set avatar_url = ${url} where user_id = ${session.partnerUserId ?? null}`;
  return { ok: true };
}

// ok: missing-auth
export async function myPortalProfile() {
  const { partnerUserId } = await requirePortalUser();
  const [row] = await sql`select * from partner_profiles where user_id = ${partnerUserId}`;
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function portalDepartmentSearch(term: string) {
  const { tenantId } = await requirePortalUser();
  if (typeof term !== "string" || term.length > 60) return [];
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select name, department from partner_profiles where tenant_id = $1 and department ilike '${term}%'`, [tenantId]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ name: r.name as string, department: r.department as string }));
}
