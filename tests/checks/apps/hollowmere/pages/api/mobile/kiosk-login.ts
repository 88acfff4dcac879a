import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@/lib/db";

// Lobby kiosk: residents sign in with unit number + 4-digit PIN to see their tickets.
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { buildingId, unit, pin } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof buildingId !== "string" || typeof unit !== "string" || typeof pin !== "string" || !/^\d{4}$/.test(pin)) {
    return res.status(400).json({ error: "Invalid request" });
  }
  // ok: sql-injection
  const [row] = await sql<{ user_id: string; kiosk_pin: string }[]>`
    select m.user_id, s.kiosk_pin from memberships m join kiosk_pins s on s.membership_id = m.id
     where m.building_id = ${buildingId} and m.unit = ${unit} and m.revoked_at is null
  `;
  // ruleid: timing-unsafe-comparison
  if (!row || row.kiosk_pin != pin) {
    // ok: information-disclosure
    return res.status(401).json({ error: "Unit or PIN not recognised" });
  }
  // ok: sql-injection
  const tickets = await sql`
    select id, title, status from tickets where reporter_id = ${row.user_id} and status <> 'closed' order by created_at desc
  `;
  // ok: excessive-data-exposure
  return res.status(200).json({ tickets });
}
