import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { kioskDb, sqlite } from "@/lib/db/sqlite";
import { kioskDevices } from "@/lib/db/kiosk-schema";
import { secureCompare } from "@/lib/crypto";

// Guest-name lookup on the kiosk when someone forgot their QR code.
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceId = String(req.headers["x-device-id"] ?? "");
  const deviceSecret = String(req.headers["x-device-secret"] ?? "");
  const [device] = await kioskDb.select({ eventId: kioskDevices.eventId, deviceSecret: kioskDevices.deviceSecret }).from(kioskDevices).where(eq(kioskDevices.id, deviceId));
  // ok: timing-unsafe-comparison
  if (!device || !secureCompare(device.deviceSecret, deviceSecret)) return res.status(401).end();
  const name = String(req.query.q ?? "");
  // ruleid: sql-injection
  const rows = sqlite.prepare(`SELECT guest_name, table_no FROM kiosk_checkins WHERE event_id = ? AND guest_name LIKE '%${name}%' LIMIT 20`).all(device.eventId);
  // ok: excessive-data-exposure
  return res.json((rows as { guest_name: string; table_no: number }[]).map((r) => ({ name: r.guest_name, table: r.table_no })));
}
