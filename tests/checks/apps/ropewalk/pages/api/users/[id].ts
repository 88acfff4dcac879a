import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import User from "@/models/User";

// Climber profile lookup used by the partner-finder.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "unauthorized" });
  const { id } = req.query;
  if (typeof id !== "string" || !/^[a-f0-9]{24}$/.test(id)) return res.status(400).json({ error: "bad id" });
  await dbConnect();
  // ruleid: missing-authorization
  const user = await User.findById(id).lean();
  if (!user) return res.status(404).json({ error: "not found" });
  // ruleid: excessive-data-exposure
  return res.status(200).json(user);
}
