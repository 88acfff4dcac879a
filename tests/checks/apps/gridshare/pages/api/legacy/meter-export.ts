import type { NextApiRequest, NextApiResponse } from "next";
import { readingsPool } from "@/lib/db/pg";

// Old CSV export used by a spreadsheet plug-in; predates accounts.
// ruleid: missing-input-validation
// todoruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const serial = req.query.serial as string;
  const month = req.query.month as string;
  try {
    // ruleid: sql-injection
    const { rows } = await readingsPool.query(`SELECT ts, wh FROM readings WHERE meter_serial = '${serial}' AND to_char(ts, 'YYYY-MM') = '${month}'`);
    res.setHeader("content-type", "text/csv");
    return res.send(rows.map((r) => `${r.ts},${r.wh}`).join("\n"));
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (err as Error).stack });
  }
}
