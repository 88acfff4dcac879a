import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@/lib/db/sql";

// Finance spreadsheet pulls grant balances by code.
// todoruleid: missing-auth -- gap judge pass 32, cause D
// ok: missing-input-validation // todook: missing-rate-limit -- gap judge pass 32, cause L
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const code = String(req.query.code ?? "");
  if (!/^[A-Z]{2,6}-\d{3,6}$/.test(code)) return res.status(400).json({ error: "Bad code" });
  // ok: sql-injection
  const rows = await sql`select code, balance_cents from grants where code = ${code}`;
  return res.status(200).json(rows[0] ?? null);
}
