import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { kioskSessionOptions, type KioskSession } from "@/lib/iron";
import { kioskPinHash } from "@/lib/reports";
import { rateLimit } from "@/lib/ratelimit";
import { kioskDb } from "@/lib/db/sqlite";

const Body = z.object({ staffId: z.string().uuid(), pin: z.string().regex(/^\d{4,6}$/) });

// Kiosk tablets are signed in per venue (iron-session); staff clock in with a PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  if (!session.isLoggedIn || !session.venueId) return res.status(401).json({ error: "Kiosk not paired" });

  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid" });
  if (!rateLimit(`pin:${parsed.data.staffId}`, 5, 5 * 60_000).ok) return res.status(429).json({ error: "Locked for 5 minutes" });

  const pinHash = kioskPinHash(parsed.data.staffId);
  // ok: timing-unsafe-comparison
  if (!pinHash || !(await bcrypt.compare(parsed.data.pin, pinHash))) {
    return res.status(401).json({ error: "Wrong PIN" });
  }
  // ok: sql-injection
  kioskDb.prepare("INSERT INTO punches (staff_id, venue_id, at) VALUES (?, ?, datetime('now'))").run(parsed.data.staffId, session.venueId);
  return res.status(200).json({ ok: true });
}
