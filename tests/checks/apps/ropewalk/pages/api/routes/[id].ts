import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";

// Setter phone app v1 edit endpoint.
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PUT") return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "unauthorized" });
  await dbConnect();
  // ruleid: missing-authorization, mass-assignment
  const updated = await Route.findByIdAndUpdate(req.query.id, req.body, { new: true }).select("name grade color status");
  return res.status(200).json({ id: String(updated?._id), grade: updated?.grade });
}
