import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { kioskDb, sqlite } from "@/lib/db/sqlite";
import { kioskDevices } from "@/lib/db/kiosk-schema";

// Offline venue kiosk; the laptop posts check-ins with its device secret.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceId = req.headers["x-device-id"];
  const deviceSecret = req.headers["x-device-secret"];
  if (typeof deviceId !== "string" || typeof deviceSecret !== "string") return res.status(401).end();
  const [device] = await kioskDb.select().from(kioskDevices).where(eq(kioskDevices.id, deviceId));
  // ruleid: timing-unsafe-comparison
  if (!device || device.deviceSecret !== deviceSecret) return res.status(401).end();

  if (req.method === "GET") {
    const table = Number(req.query.table);
    if (!Number.isInteger(table) || table < 1 || table > 500) return res.status(400).end();
    // ok: sql-injection
    const rows = sqlite.prepare("SELECT guest_name, checked_in_at FROM kiosk_checkins WHERE event_id = ? AND table_no = ?").all(device.eventId, table);
    // ok: excessive-data-exposure
    return res.json(rows);
  }
  const code = typeof req.body?.code === "string" ? req.body.code : "";
  if (!/^[A-Z0-9]{8}$/.test(code)) return res.status(400).json({ error: "bad code" });
  // ok: sql-injection
  sqlite.prepare("UPDATE kiosk_checkins SET checked_in_at = ? WHERE event_id = ? AND ticket_code = ?").run(Date.now(), device.eventId, code);
  return res.json({ ok: true });
}
