import type { NextApiRequest, NextApiResponse } from "next";
import { legacy } from "@/lib/db/mysql";

// Old MIS connector posts ILR learner records. Was behind a VPN in v1; now public on Vercel.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const record = req.body;
  try {
    // ok: sql-injection
    // ruleid: mass-assignment
    await legacy.query("INSERT INTO ilr_learners SET ?", [record]);
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (e as Error).stack });
  }
  return res.status(201).json({ ok: true });
}
