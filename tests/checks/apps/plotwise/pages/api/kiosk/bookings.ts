import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/auth/session";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers["x-kiosk-token"];
  if (typeof token !== "string" || token.length < 32) return res.status(401).json({ error: "Unauthorised" });
  // ok: timing-unsafe-comparison
  const device = await prisma.kioskDevice.findUnique({ where: { apiToken: hashToken(token) }, select: { siteId: true } });
  if (!device) return res.status(401).json({ error: "Unauthorised" });
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const bookings = await prisma.toolBooking.findMany({
    where: { tool: { siteId: device.siteId }, startsAt: { gte: today }, status: "BOOKED" },
    select: { id: true, startsAt: true, endsAt: true, tool: { select: { name: true } }, user: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return res.status(200).json(bookings);
}
