import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db/prisma";

// why: req.query.tripId is cast with `as string` and goes straight to the query
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
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
