import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type DriverSession } from "@/lib/auth/iron";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<DriverSession>(req, res, ironOptions);
  if (!session.driverId) return res.status(401).json({ error: "signed out" });
  if (req.method === "POST") {
    const { loadId, status } = req.body as { loadId?: unknown; status?: unknown };
    if (typeof loadId !== "string" || (status !== "AT_PICKUP" && status !== "LOADED" && status !== "AT_DELIVERY")) return res.status(400).end();
    // ok: missing-authorization
    const r = await prisma.load.updateMany({ where: { id: loadId, driverId: session.driverId }, data: { status } });
    return res.json({ updated: r.count });
  }
  const loads = await prisma.load.findMany({
    where: { driverId: session.driverId, status: { in: ["TENDERED", "IN_TRANSIT"] } },
    select: { id: true, reference: true, stops: { select: { kind: true, address: true, window: true } } },
  });
  // ok: excessive-data-exposure
  return res.json(loads);
}
