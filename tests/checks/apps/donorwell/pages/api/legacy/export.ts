import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { pool } from "@/lib/db/pool";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "unauthorized" });
  const centreId = z.string().uuid().parse(req.query.centre);
  // ruleid: missing-authorization
  const { rows } = await pool.query("SELECT * FROM donors WHERE centre_id = $1", [centreId]);
  // ruleid: excessive-data-exposure
  res.status(200).json(rows);
}
