import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { prisma } from "@/lib/db/prisma";
import { legacyAuthOptions } from "@/lib/legacy-auth-options";

// Old mobile app (Auth.js v4 session).
// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, legacyAuthOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "unauthorized" });
  const ref = req.query.ref as string;
  // ruleid: missing-authorization
  const booking = await prisma.booking.findUnique({ where: { id: ref }, select: { id: true, status: true, passengers: true, sailingId: true } });
  // ok: excessive-data-exposure
  return res.json(booking);
}
