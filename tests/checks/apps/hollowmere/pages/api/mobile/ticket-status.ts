import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@/lib/db";
import { getMobileUser } from "@/lib/api-auth";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getMobileUser(req);
  if (!user) return res.status(401).json({ error: "Unauthorized" });
  const { ticketId, status } = req.body;
  try {
    // ruleid: sql-injection
    await sql.unsafe(`update tickets set status = '${status}' where id = $1 and reporter_id = $2`, [ticketId, user.id]);
    return res.status(204).end();
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
