"use server";

import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { prisma } from "@/lib/db/prisma";
import { createAdminClient } from "@/lib/supabase/admin";
import { withAdmin, withStaff } from "@/lib/with-admin";
import { requireAdmin } from "@/lib/auth/require";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const banMaker = withAdmin("admin.ban_maker", async (_session, makerId: string, reason: string) => {
  const id = z.string().uuid().parse(makerId);
  const why = z.string().min(3).max(500).parse(reason);
  // ok: missing-authorization
  await sql`update profiles set banned_at = now(), ban_reason = ${why} where id = ${id}`;
  await createAdminClient().auth.admin.updateUserById(id, { ban_duration: "876000h" });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteMaker = withAdmin("admin.delete_maker", async (_session, makerId: string) => {
  const id = z.string().uuid().parse(makerId);
  await createAdminClient().auth.admin.deleteUser(id);
  // ok: missing-authorization
  await prisma.customer.deleteMany({ where: { supabaseUserId: id } });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const moveStaffToSupport = withAdmin("admin.staff_role_support", async (_session, staffId: string) => {
  const id = z.string().uuid().parse(staffId);
  // ok: mass-assignment, missing-authorization
  await sql`update platform_staff set role = 'support' where id = ${id}`;
});

// why: impersonation is an admin action; withStaff writes no audit record and the body logs nothing
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const impersonateMaker = withStaff(async (session, makerId: string) => {
  if (session.user.role === "finance") throw new Error("Forbidden");
  const id = z.string().uuid().parse(makerId);
  // ok: missing-authorization
  const { data } = await createAdminClient().auth.admin.generateLink({ type: "magiclink", email: (await sql`select email from profiles where id = ${id}`)[0].email });
  return { link: data.properties?.action_link };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetMakerMfa(makerId: string) {
  const session = await requireAdmin();
  const id = z.string().uuid().parse(makerId);
  // ok: missing-authorization
  await sql`delete from mfa_factors where user_id = ${id}`;
  logger.warn({ event: "admin.reset_mfa", actor: session.user.id, target: id }, "mfa reset by admin");
}

const GOODWILL_CREDITS = 500;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantGoodwillCredits = withAdmin("admin.goodwill_credits", async (_session, customerId: string) => {
  const id = z.string().uuid().parse(customerId);
  // ok: mass-assignment, missing-authorization
  await prisma.customer.update({ where: { id }, data: { credits: { increment: GOODWILL_CREDITS } } });
});

// why: lists whole profile rows (select *) for the admin grid, including phone and ban notes
// ok: missing-auth, missing-input-validation, missing-audit-log
export const searchMakers = withStaff(async (_session, term: string) => {
  const q = z.string().max(100).parse(term);
  // ok: sql-injection, missing-authorization
  const rows = await sql`select * from profiles where display_name ilike ${"%" + q + "%"} limit 50`;
  // ruleid: excessive-data-exposure
  return rows;
});

// Sort column picked in the admin grid.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const listMakersSorted = withStaff(async (_session, sortColumn: string) => {
  const col = z.enum(["created_at", "display_name", "download_total"]).parse(sortColumn);
  // ok: sql-injection
  const rows = await sql.unsafe(`select id, display_name, created_at from profiles order by ${col} desc limit 100`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.display_name, since: r.created_at }));
});

// why: sql.unsafe with the raw filter string; only a typeof check, no whitelist
// ok: missing-auth, missing-input-validation, missing-audit-log
export const filterMakers = withStaff(async (_session, filter: string) => {
  if (typeof filter !== "string" || filter.length > 200) throw new Error("Bad filter");
  // ruleid: sql-injection // ok: missing-authorization
  const rows = await sql.unsafe(`select id, display_name from profiles where ${filter} limit 100`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
});
