"use server";

import { z } from "zod";
import { sql } from "kysely";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { db, pool } from "@/lib/db";
import { auth } from "@/lib/auth";
import { requireRole } from "@/lib/session";
import { auditLog } from "@/lib/audit";

const roles = z.enum(["member", "front_desk", "location_manager", "finance", "admin"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setUserRole(userId: string, role: string) {
  const admin = await requireRole("admin");
  const input = z.object({ userId: z.string().min(1), role: roles }).parse({ userId, role });
  // ok: timing-unsafe-comparison
  if (input.userId === admin.id) throw new Error("You cannot change your own role");
  // ok: missing-authorization
  await db.updateTable("user").set({ role: input.role }).where("id", "=", input.userId).execute();
  await auditLog(admin.id, "user.role_changed", input.userId, { role: input.role });
  revalidatePath("/admin/users");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function suspendUser(userId: string) {
  await requireRole("admin");
  const id = z.string().min(1).parse(userId);
  // ok: missing-authorization
  await db.updateTable("user").set({ role: "suspended" }).where("id", "=", id).execute();
  await sql`DELETE FROM session WHERE userId = ${id}`.execute(db);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function searchUsers(term: string) {
  await requireRole("admin");
  // ruleid: sql-injection
  const result = await sql.raw<{ id: string; name: string; email: string }>(
    `SELECT id, name, email FROM user WHERE email LIKE '%${term}%' ORDER BY name LIMIT 50`,
  ).execute(db);
  // ok: excessive-data-exposure
  return result.rows.map((r) => ({ id: r.id, name: r.name, email: r.email }));
}

// ok: missing-auth, missing-input-validation
export async function searchUsersSafe(term: string) {
  await requireRole("admin");
  const q = z.string().trim().min(2).max(80).parse(term);
  // ok: sql-injection
  const result = await sql<{ id: string; name: string; email: string }>`
    SELECT id, name, email FROM user WHERE email LIKE ${"%" + q + "%"} ORDER BY name LIMIT 50
  `.execute(db);
  return result.rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function purgeOldVisitors(days: number) {
  const admin = await requireRole("admin");
  const n = z.number().int().min(30).max(3650).parse(days);
  // ok: sql-injection
  const [res] = await pool.execute("DELETE FROM visitors WHERE checked_out_at < NOW() - INTERVAL ? DAY", [n]);
  await auditLog(admin.id, "visitors.purged", undefined, { days: n });
  return { ok: true, res: "affectedRows" in res ? res.affectedRows : 0 };
}

// ok: missing-auth, missing-input-validation
export async function bookingsByStatus(status: string, orderBy: string) {
  await requireRole("admin");
  const s = z.enum(["pending", "confirmed", "cancelled", "closed_unpaid"]).parse(status);
  const col = orderBy === "price" ? "price_cents" : "starts_at";
  // ok: sql-injection
  const [rows] = await pool.query(`SELECT id, user_id, status, price_cents FROM bookings WHERE status = ? ORDER BY ${col} DESC LIMIT 100`, [s]);
  return rows;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function bookingsInCity(city: string) {
  await requireRole("admin");
  // ruleid: sql-injection
  const [rows] = await pool.query(
    `SELECT b.id, b.status, l.name FROM bookings b JOIN locations l ON l.id = b.location_id WHERE l.city = '` + city + `'`,
  );
  return rows;
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function revokeUserSessions(userId: string) {
  const admin = await requireRole("admin");
  const id = z.string().min(1).parse(userId);
  await sql`DELETE FROM session WHERE userId = ${id}`.execute(db);
  await auditLog(admin.id, "user.sessions_revoked", id);
  return { ok: true, by: (await auth.api.getSession({ headers: await headers() }))?.user.id };
}

// ok: missing-auth
export async function exportAuditLog(since: Date) {
  await requireRole("admin");
  const from = z.coerce.date().parse(since);
  // ok: sql-injection
  const { rows } = await sql<{ id: number; action: string }>`SELECT id, actor_id, action, target, created_at FROM audit_log WHERE created_at >= ${from} ORDER BY id`.execute(db);
  return rows;
}

// ruleid: missing-audit-log, missing-input-validation
// ok: missing-auth
export async function deleteUser(userId: string) {
  await requireRole("admin");
  // ok: missing-authorization
  await db.deleteFrom("user").where("id", "=", userId).execute();
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation
export async function getUserDetail(userId: string) {
  await requireRole("admin");
  const id = z.string().min(1).parse(userId);
  const row = await db
    .selectFrom("user")
    .innerJoin("account", "account.userId", "user.id")
    .selectAll()
    .where("user.id", "=", id)
    .executeTakeFirst();
  // ruleid: excessive-data-exposure
  return row;
}

type UserPatch = { id: string; name?: string; email?: string; role?: string };

// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export async function bulkUpdateUsers(patches: UserPatch[]) {
  await requireRole("admin");
  for (const { id, ...patch } of patches) {
    // ruleid: mass-assignment
    await db.updateTable("user").set(patch).where("id", "=", id).execute();
  }
  return { updated: patches.length };
}
