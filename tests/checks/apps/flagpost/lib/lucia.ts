import "server-only";
import { cookies } from "next/headers";
import { pool } from "@/lib/db/pg";

export const SESSION_COOKIE = "fp_session";

export type SessionUser = { id: string; email: string; platformRole: string };

export async function validateRequest(): Promise<{ user: SessionUser | null; session: { id: string } | null }> {
  const sessionId = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!sessionId) return { user: null, session: null };
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT s.id AS session_id, u.id, u.email, u.platform_role
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now()`,
    [sessionId],
  );
  const row = rows[0];
  if (!row) return { user: null, session: null };
  return { user: { id: row.id, email: row.email, platformRole: row.platform_role }, session: { id: row.session_id } };
}
