import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type DriverSession } from "@/lib/auth/iron";

// legacy 4-digit PIN login for the old Android build
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { cdl, pin } = req.body as { cdl?: unknown; pin?: unknown };
  if (typeof cdl !== "string" || typeof pin !== "string") return res.status(400).end();
  const driver = await prisma.driver.findFirst({ where: { cdlNumber: cdl }, select: { id: true, carrierId: true, pin: true } });
  // ruleid: information-disclosure
  if (!driver) return res.status(404).json({ error: "No driver with that CDL number" });
  // ruleid: timing-unsafe-comparison, information-disclosure
  if (driver.pin !== pin) return res.status(401).json({ error: "Wrong PIN" });
  const session = await getIronSession<DriverSession>(req, res, ironOptions);
  session.driverId = driver.id;
  session.carrierId = driver.carrierId;
  await session.save();
  res.json({ ok: true });
}
