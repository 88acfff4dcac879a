import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Harbour tablets post VHF log lines here (LAN only, "no auth needed").
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { marinaId, entry } = req.body;
  // ruleid: sql-injection
  await pool.query(`INSERT INTO harbour_log (marina_id, entry) VALUES ('${marinaId}', '${entry}')`);
  return res.status(201).json({ done: true });
}
