import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import Booking from "@/models/Booking";
import { requireApiUser } from "@/lib/pages-auth";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  await dbConnect();
  // ok: missing-authorization
  const rows = await Booking.find({ userId: user.id }).sort({ createdAt: -1 }).limit(100).lean();
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
