import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { kioskSessionOptions, type KioskSession } from "@/lib/iron";
import { kioskDb } from "@/lib/db/sqlite";

// Pairs a tablet with a venue using the 8-digit pairing PIN shown in the console.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { venueId, pairingPin } = req.body;
  // ok: sql-injection
  const venue = kioskDb.prepare("SELECT id, pairing_pin FROM venues WHERE id = ?").get(venueId) as { id: string; pairing_pin: string } | undefined;
  if (!venue) {
    // ok: information-disclosure
    return res.status(401).json({ error: "Pairing failed" });
  }
  // ruleid: timing-unsafe-comparison
  if (venue.pairing_pin != pairingPin) {
    // ok: information-disclosure
    return res.status(401).json({ error: "Pairing failed" });
  }
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  session.venueId = venue.id;
  session.isLoggedIn = true;
  await session.save();
  return res.json({ paired: true });
}
