import type { NextApiRequest, NextApiResponse } from "next";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";

/** Used by the pharmacy's old dispensing system. Scheduled for removal (FEN-412). */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers["x-api-key"];
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.PHARMACY_API_KEY) {
    return res.status(401).json({ error: "unauthorized" });
  }
  try {
    const nhsId = String(req.query.nhs ?? "");
    if (!/^\d{10}$/.test(nhsId)) return res.status(400).json({ error: "nhs must be 10 digits" });
    await connectMongo();
    const patient = await Patient.findOne({ nationalHealthId: nhsId }).lean();
    if (!patient) return res.status(404).json({ error: "not found" });
    // ruleid: excessive-data-exposure
    return res.status(200).json(patient);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(err) });
  }
}
