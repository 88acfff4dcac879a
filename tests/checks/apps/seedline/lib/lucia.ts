import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { sql } from "@/lib/postgres";

// Warehouse kiosk sessions (weigh-bridge tablets). Lucia-style session table, hand-rolled after lucia v3 was retired.
export type KioskUser = { id: string; warehouseId: string; coopId: string; role: string };
export type KioskSession = { id: string; expiresAt: Date };

export const validateRequest = cache(
  async (): Promise<{ user: KioskUser; session: KioskSession } | { user: null; session: null }> => {
    const jar = await cookies();
    const sessionId = jar.get("kiosk_session")?.value ?? null;
    if (!sessionId) return { user: null, session: null };
    // ok: sql-injection
    const rows = await sql<{ sid: string; expires_at: Date; user_id: string; warehouse_id: string; coop_id: string; role: string }[]>`
      select s.id as sid, s.expires_at, u.id as user_id, u.warehouse_id, u.coop_id, u.role
      from kiosk_sessions s join kiosk_users u on u.id = s.user_id
      where s.id = ${sessionId} and s.expires_at > now()`;
    const row = rows[0];
    if (!row) return { user: null, session: null };
    return {
      user: { id: row.user_id, warehouseId: row.warehouse_id, coopId: row.coop_id, role: row.role },
      session: { id: row.sid, expiresAt: row.expires_at },
    };
  },
);
