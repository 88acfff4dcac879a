import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Booking from "@/models/Booking";

// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  await dbConnect();
  const rows = await Booking.find({ userId: session?.user.id }).select("classId status guests").lean();
  return res.status(200).json(rows.map((b) => ({ id: String(b._id), classId: String(b.classId), status: b.status, guests: b.guests })));
}
