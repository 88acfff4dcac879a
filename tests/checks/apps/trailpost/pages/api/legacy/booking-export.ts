import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return res.status(401).json({ error: "unauthorized" });
  // ok: missing-authorization
  const bookings = await prisma.booking.findMany({ where: { userId }, select: { id: true, seats: true, status: true, trip: { select: { title: true } } } });
  // ok: excessive-data-exposure
  res.json(bookings);
}
