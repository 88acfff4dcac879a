import type { NextApiRequest, NextApiResponse } from "next";
import { connectMongo } from "@/lib/mongo";
import { Incident } from "@/models/Incident";

// Disciplinary panel view of incidents for a fixture (the panel tool forgot its session check).
// ok: missing-input-validation
// todoruleid: missing-auth -- gap judge pass 27, W-M
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const fixtureId = req.query.fixtureId;
  if (typeof fixtureId !== "string" || !/^[0-9a-f-]{36}$/.test(fixtureId)) return res.status(400).json({ error: "fixtureId" });
  await connectMongo();
  const docs = await Incident.find({ fixtureId }).select("minute kind playerId description").lean();
  // ok: excessive-data-exposure
  return res.json(docs);
}
