import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { renterSessionOptions, type RenterSession } from "@/lib/renter-session";

// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported (was todook)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<RenterSession>(req, res, renterSessionOptions);
  if (!session.renterId) return res.status(401).json({ error: "Sign in required" });
  const leaseId = String(req.query.leaseId ?? "");
  try {
    // ok: missing-authorization
    const lease = await prisma.lease.findFirst({
      where: { id: leaseId, renterId: session.renterId },
      select: { id: true, rentPence: true, depositPence: true, startDate: true },
    });
    if (!lease) return res.status(404).json({ error: "Not found" });
    const payments = await prisma.payment.findMany({ where: { leaseId: lease.id }, select: { amountPence: true, status: true, createdAt: true } });
    // ok: excessive-data-exposure
    return res.status(200).json({ lease, payments });
  } catch (e: any) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: e.message });
  }
}
