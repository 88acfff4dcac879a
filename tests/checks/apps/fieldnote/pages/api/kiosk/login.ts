import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { kioskSessionOptions, type KioskSession } from "@/lib/iron";
import { reportsPool } from "@/lib/pg";

/** Shop-floor kiosk: technician enters badge number + PIN. */
// ruleid: missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-auth, missing-input-validation
  if (req.method !== "POST") return res.status(405).end();
  const { badge, pin } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof badge !== "string" || typeof pin !== "string" || badge.length > 12 || pin.length > 8) {
    return res.status(400).json({ error: "Badge and PIN required" });
  }
  // ruleid: sql-injection
  const { rows } = await reportsPool.query(
    `SELECT technician_id, workspace_id, pin_hash FROM kiosk_badges WHERE badge_number = '${badge}'`,
  );
  const badgeRow = rows[0] as { technician_id: string; workspace_id: string; pin_hash: string } | undefined;
  // ruleid: information-disclosure
  if (!badgeRow) return res.status(401).json({ error: "No technician with that badge number" });

  const bcrypt = await import("bcryptjs");
  // ok: timing-unsafe-comparison
  const pinOk = await bcrypt.compare(pin, badgeRow.pin_hash);
  // ruleid: information-disclosure
  if (!pinOk) return res.status(401).json({ error: "Wrong PIN for this badge" });

  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  session.technicianId = badgeRow.technician_id;
  session.workspaceId = badgeRow.workspace_id;
  await session.save();
  return res.status(200).json({ ok: true });
}
