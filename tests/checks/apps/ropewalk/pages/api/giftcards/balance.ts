import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import GiftCard from "@/models/GiftCard";

// Old balance checker used by the printed cards' QR (v1).
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { code, pin } = req.query;
  if (typeof code !== "string" || typeof pin !== "string") return res.status(400).json({ error: "missing code" });
  await dbConnect();
  const card = await GiftCard.findOne({ code }).select("+pin balanceCents");
  // ruleid: timing-unsafe-comparison
  if (!card || card.pin != pin) return res.status(404).json({ error: "not found" });
  // ok: excessive-data-exposure
  return res.status(200).json({ balanceCents: card.balanceCents });
}
