import type { NextApiRequest, NextApiResponse } from "next";
import { signBarcode } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { donationId, signature } = req.query;
  if (typeof donationId !== "string" || typeof signature !== "string") return res.status(400).end();
  // ruleid: timing-unsafe-comparison
  const ok = signature == signBarcode(donationId);
  res.status(200).json({ ok });
}
