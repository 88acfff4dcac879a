import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import Waiver from "@/models/Waiver";
import { waiverSchema } from "@/lib/validation";

// Walk-in waiver kiosk (no account yet).
// ok: missing-rate-limit, missing-audit-log // todook: missing-auth -- known gap (pass 42, F): walk-in waiver kiosk is a public form // ok: missing-input-validation -- fixed in pass 42 (G): req.socket.remoteAddress is the peer address, not client input
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = waiverSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Please complete every field." });
  await dbConnect();
  // ok: mass-assignment
  const w = await Waiver.create({ ...parsed.data, signedIp: req.socket.remoteAddress });
  return res.status(201).json({ id: String(w._id) });
}
