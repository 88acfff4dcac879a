import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { tdb } from "@/lib/db/drizzle";
import { printers } from "@/lib/db/schema";
import { getKioskSession } from "@/lib/session-kiosk";

// Pause/resume buttons on the kiosk.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getKioskSession(req, res);
  if (!session.operatorId) return res.status(401).json({ error: "not signed in" });
  const { printerId, command } = z.object({ printerId: z.string().uuid(), command: z.enum(["pause", "resume"]) }).parse(req.body);
  // why: printer id from the body, not constrained to session.shopId
  // ruleid: missing-authorization
  await tdb.update(printers).set({ status: command === "pause" ? "paused" : "printing" }).where(eq(printers.id, printerId));
  return res.json({ ok: true });
}
