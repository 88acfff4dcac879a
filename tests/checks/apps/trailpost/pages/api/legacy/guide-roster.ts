import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db/prisma";

// why: req.query.tripId is cast with `as string` and goes straight to the query
// todoruleid: missing-input-validation -- (gap judge: ambiguous) req.query string into an ORM filter only: the labelled apps disagree (policy)
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  const tripId = req.query.tripId as string;
  // why: any signed-in user reads any trip's roster with emergency contacts; no guide/org check
  // ruleid: missing-authorization
  const roster = await prisma.booking.findMany({ where: { tripId }, select: { user: { select: { name: true, phone: true } }, emergencyName: true, emergencyPhone: true } });
  res.json(roster);
}
