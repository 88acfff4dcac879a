"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { sql } from "@/lib/db";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getUser, requireSuperAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { uuid } from "@/lib/validation/tickets";

const buildingSchema = z.object({
  name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(5).max(300),
});

async function isSuperAdmin() {
  const user = await getUser();
  return user?.app_metadata?.role === "super_admin";
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createBuilding(_prev: unknown, formData: FormData) {
  const admin = await requireSuperAdmin();
  const submission = parseWithZod(formData, { schema: buildingSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment, sql-injection
  const [b] = await sql`insert into buildings (name, address) values (${submission.value.name}, ${submission.value.address}) returning id`;
  await auditLog({ actorId: admin.id, action: "admin.building_created", buildingId: b.id });
  revalidatePath("/admin");
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteBuilding(buildingId: string) {
  const admin = await requireSuperAdmin();
  const id = uuid.parse(buildingId);
  // ok: missing-authorization, sql-injection
  await sql`delete from buildings where id = ${id}`;
  await auditLog({ actorId: admin.id, action: "admin.building_deleted", buildingId: id });
  revalidatePath("/admin");
}

// ruleid: missing-input-validation, missing-audit-log -- auth.admin.updateUserById role/user change (fixed in pass 41, A)
// ok: missing-auth
export async function setSuperAdmin(userId: string, enable: boolean) {
  await requireSuperAdmin();
  // ok: missing-authorization
  await supabaseAdmin.auth.admin.updateUserById(userId, {
    app_metadata: { role: enable ? "super_admin" : null },
  });
  revalidatePath("/admin/users");
}

// Support tooling: patch any auth user from the admin JSON editor.
// ruleid: missing-input-validation, missing-audit-log -- auth.admin.updateUserById role/user change (fixed in pass 41, A)
// ok: missing-auth
export async function adminPatchUser(userId: string, patch: Record<string, unknown>) {
  await requireSuperAdmin();
  // ruleid: mass-assignment -- auth.admin.updateUserById(id, patch) with the client patch (fixed in pass 41, B)
  await supabaseAdmin.auth.admin.updateUserById(userId, patch);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function assignManager(buildingId: string, userId: string) {
  const admin = await requireSuperAdmin();
  const ids = z.object({ buildingId: uuid, userId: uuid }).parse({ buildingId, userId });
  // ok: missing-authorization, sql-injection
  await sql`
    insert into memberships (user_id, building_id, role) values (${ids.userId}, ${ids.buildingId}, 'manager')
    on conflict (user_id, building_id) do update set role = 'manager', revoked_at = null
  `;
  await auditLog({ actorId: admin.id, action: "admin.manager_assigned", buildingId: ids.buildingId, target: ids.userId });
}

// ruleid: missing-auth, missing-input-validation, missing-audit-log
export async function purgeAuditEvents(olderThanDays: number) {
  // ruleid: floating-auth-check
  if (!isSuperAdmin()) throw new Error("Forbidden");
  // ok: sql-injection
  await sql`delete from audit_events where created_at < now() - (${olderThanDays} * interval '1 day')`;
}

// ok: missing-auth
export async function listUsers(page = 1) {
  const user = await getUser();
  if (user?.app_metadata?.role !== "super_admin") return [];
  const { data } = await supabaseAdmin.auth.admin.listUsers({ page: Math.max(1, Number(page) || 1), perPage: 50 });
  // ok: excessive-data-exposure
  return data.users.map((u) => ({ id: u.id, email: u.email, role: u.app_metadata?.role ?? null, lastSignIn: u.last_sign_in_at }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function banUser(userId: string) {
  const admin = await requireSuperAdmin();
  const id = uuid.parse(userId);
  // ok: floating-auth-check
  if (!(await isSuperAdmin())) throw new Error("Forbidden");
  await supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: "876000h" });
  await auditLog({ actorId: admin.id, action: "admin.user_banned", target: id });
}

// ok: missing-auth
export async function getBuildingsOverview() {
  await requireSuperAdmin();
  const { data } = await supabaseAdmin.from("buildings").select();
  // ruleid: excessive-data-exposure
  return data;
}

// "Log in as" for support: returns a one-time magic link for any account.
// ruleid: missing-audit-log // todoruleid: missing-input-validation -- known gap (pass 41, C): auth.admin.generateLink email not a sink
// ok: missing-auth
export async function impersonateUser(email: string) {
  await requireSuperAdmin();
  const { data } = await supabaseAdmin.auth.admin.generateLink({ type: "magiclink", email });
  // ok: excessive-data-exposure
  return { url: data.properties?.action_link ?? null };
}

// ruleid: missing-input-validation -- param into sql.unsafe vacuum statement (fixed in pass 41, D)
// ok: missing-auth
export async function vacuumTable(table: string) {
  await requireSuperAdmin();
  // ruleid: sql-injection
  await sql.unsafe(`vacuum analyze ${table}`);
}

const VACUUMABLE = ["tickets", "ticket_photos", "audit_events", "poll_votes"] as const;

// ok: missing-auth, missing-input-validation
export async function vacuumKnownTable(table: string) {
  await requireSuperAdmin();
  const t = z.enum(VACUUMABLE).parse(table);
  // ok: sql-injection -- z.enum(VACUUMABLE)-parsed table name is a fixed value (fixed in pass 41, K)
  await sql.unsafe(`vacuum analyze ${t}`);
}

// ok: missing-auth, missing-input-validation
export async function searchAuditEvents(action: string) {
  await requireSuperAdmin();
  try {
    const a = z.string().max(80).parse(action);
    // ok: sql-injection
    const rows = await sql`select id, actor_id, action, building_id, created_at from audit_events where action = ${a} order by id desc limit 100`;
    // ok: excessive-data-exposure
    return { rows };
  } catch (e) {
    // ruleid: information-disclosure
    return { rows: [], error: String(e) };
  }
}
