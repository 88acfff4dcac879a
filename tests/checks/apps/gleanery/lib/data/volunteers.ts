import "server-only";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/mysql";

export async function shiftSignups(shiftId: number) {
  // ok: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>("SELECT id, volunteer_name, status FROM signups WHERE shift_id = ?", [shiftId]);
  return rows;
}

export async function volunteerByEmail(email: string) {
  // ruleid: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>("SELECT id, name, email, phone FROM volunteers WHERE email = '" + email + "'");
  return rows[0];
}

export async function pagedVolunteers(page: number) {
  const offset = Number(page) * 50;
  // ok: sql-injection
  const [rows] = await legacy.execute<RowDataPacket[]>(`SELECT id, name FROM volunteers ORDER BY id LIMIT 50 OFFSET ${Number.isFinite(offset) ? offset : 0}`);
  return rows;
}
