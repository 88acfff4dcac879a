import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { getApiSession } from "@/lib/api-auth";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { session, user } = await getApiSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorised" });
  if (req.method === "DELETE") {
    const id = req.query.id;
    if (typeof id !== "string") return res.status(400).json({ error: "Missing id" });
    // ruleid: missing-authorization
    await prisma.toolBooking.delete({ where: { id } });
    return res.status(204).end();
  }
  const bookings = await prisma.toolBooking.findMany({ where: { userId: user.id } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(bookings);
}
