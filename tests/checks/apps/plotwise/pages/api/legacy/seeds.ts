import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { getApiSession } from "@/lib/api-auth";
import { seedListingSchema } from "@/lib/validation/seeds";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    try {
      const rows = await prisma.seedListing.findMany({ where: { status: "OPEN" }, select: { id: true, variety: true, quantity: true } });
      // ok: excessive-data-exposure
      return res.status(200).json(rows);
    } catch (err) {
      console.error(err);
      // ok: information-disclosure
      return res.status(500).json({ error: "Server error" });
    }
  }
  const { session, user } = await getApiSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorised" });
  const parsed = seedListingSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid listing" });
  try {
    // ok: mass-assignment
    const listing = await prisma.seedListing.create({ data: { ...parsed.data, ownerId: user.id }, select: { id: true } });
    return res.status(201).json(listing);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
