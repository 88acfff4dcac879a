import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import Gym from "@/models/Gym";

// Public gym directory for the marketing site.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  await dbConnect();
  const gyms = await Gym.find({}).lean();
  // ruleid: excessive-data-exposure
  return res.status(200).json(gyms);
}
