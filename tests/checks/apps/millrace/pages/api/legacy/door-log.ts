import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import { pg } from "@/lib/db";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, has } = getAuth(req);
  if (!userId || !has({ role: "org:staff" })) return res.status(403).end();
  const since = req.query.since as string;
  // ruleid: sql-injection
  const rows = await pg.unsafe("SELECT member_id, at FROM checkins WHERE at > '" + since + "' ORDER BY at DESC");
  res.json(rows.map((r) => ({ memberId: r.member_id, at: r.at })));
}
