import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import Score from "@/models/Score";
import { pinLimiter } from "@/lib/rate-limit";
import { scoreSchema } from "@/lib/validation";

// Shared judge tablets at local comps authenticate with the comp's judge PIN instead of accounts.
// ok: missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = scoreSchema.safeParse(req.body);
  const judgePin = typeof req.body?.judgePin === "string" ? req.body.judgePin : "";
  if (!parsed.success || !judgePin) return res.status(400).json({ error: "invalid" });
  try {
    await pinLimiter.consume(`judge:${parsed.data.competitionId}`);
  } catch {
    return res.status(429).json({ error: "locked" });
  }
  await dbConnect();
  const comp = await Competition.findById(parsed.data.competitionId).select("+judgePin status");
  // ruleid: timing-unsafe-comparison
  if (!comp || comp.judgePin !== judgePin) return res.status(403).json({ error: "wrong PIN" });
  // ok: mass-assignment
  await Score.create({ ...parsed.data, verified: false });
  return res.status(201).json({ ok: true });
}
