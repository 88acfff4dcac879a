import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/legacy";
import { pitchesIn } from "@/lib/legacy-vendors";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: "Unauthorized" });
  const ids: number[] = req.body.pitchNos;
  const rows = await pitchesIn(ids);
  if (req.method === "POST") {
    // ok: sql-injection // ruleid: missing-authorization
    await legacy.execute("UPDATE pitches SET synced_at = NOW() WHERE pitch_no IN (" + ids.map(() => "?").join(",") + ")", ids);
  }
  // ok: excessive-data-exposure
  return res.status(200).json(rows.map((r: RowDataPacket) => ({ pitchNo: r.pitch_no, zone: r.zone })));
}
