"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function markNotificationsRead(ids: string[]) {
  const { userId } = await verifySession();
  const list = z.array(z.coerce.number().int().positive()).max(100).parse(ids);
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE notifications SET read_at = now() WHERE id = ANY($1) AND user_id = $2", [list, userId]);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteNotification(id: string) {
  await verifySession();
  // ok: sql-injection
  // ruleid: missing-authorization
  await pool.query("DELETE FROM notifications WHERE id = $1", [id]);
}

// ok: missing-auth, missing-input-validation
export async function listNotifications(cursor?: number) {
  const { userId } = await verifySession();
  const after = cursor === undefined ? 0 : z.number().int().min(0).parse(cursor);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, kind, title, read_at, created_at FROM notifications WHERE user_id = $1 AND id > $2 ORDER BY id LIMIT 30", [userId, after]);
  // ok: excessive-data-exposure
  return rows;
}
