import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";

// v1 mobile app endpoint. "Protected by the app's obscurity" -- no session check.
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const venueId = typeof req.query.venueId === "string" ? req.query.venueId : null;
  if (!venueId || !/^c[a-z0-9]{20,30}$/.test(venueId)) return res.status(400).json({ error: "venueId required" });
  const staff = await prisma.user.findMany({ where: { shifts: { some: { venueId } } } });
  // ruleid: excessive-data-exposure
  res.status(200).json(staff);
}
