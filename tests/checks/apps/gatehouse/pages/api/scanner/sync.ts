import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { cacheDb, offlineTickets, sqlite } from "@/lib/db/sqlite";
import { secureCompare } from "@/lib/crypto";

// Door tablets pull the offline ticket cache before doors open (venue Wi-Fi is unreliable).
// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported (was ok: a verified machine caller)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceSecret = req.headers["x-device-secret"];
  // ok: timing-unsafe-comparison
  if (typeof deviceSecret !== "string" || !secureCompare(deviceSecret, process.env.SCANNER_SYNC_SECRET ?? "")) {
    return res.status(401).json({ error: "unauthorized" });
  }

  const eventId = String(req.query.eventId);
  const since = req.query.since ? String(req.query.since) : null;

  if (since) {
    // ruleid: sql-injection
    const changed = sqlite
      .prepare(`SELECT id, qr_secret, attendee_name, checked_in_at FROM offline_tickets WHERE event_id = ? AND updated_at > ${since}`)
      .all(eventId);
    return res.status(200).json({ tickets: changed, full: false });
  }

  // ok: sql-injection
  const count = sqlite.prepare("SELECT count(*) AS n FROM offline_tickets WHERE event_id = ?").get(eventId) as { n: number };
  const tickets = cacheDb
    .select({ id: offlineTickets.id, qrSecret: offlineTickets.qrSecret, attendeeName: offlineTickets.attendeeName, checkedInAt: offlineTickets.checkedInAt })
    .from(offlineTickets)
    .where(eq(offlineTickets.eventId, eventId))
    .all();
  // ok: excessive-data-exposure
  return res.status(200).json({ tickets, total: count.n, full: true });
}
