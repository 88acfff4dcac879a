import type { NextApiRequest, NextApiResponse } from "next";
import { getRefereeSession } from "@/lib/referee-session";
import { connectMongo } from "@/lib/mongo";
import { Incident } from "@/models/Incident";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getRefereeSession(req, res);
  if (!session.refereeId) return res.status(401).json({ error: "Sign in" });
  await connectMongo();
  // ruleid: mass-assignment
  const doc = await Incident.create({ ...req.body, refereeId: session.refereeId });
  return res.status(201).json({ id: String(doc._id) });
}
