import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import CheckIn from "@/models/CheckIn";
import { pinLimiter } from "@/lib/rate-limit";

// Keypad on the side door. The keypad controller sends a shared key header.
// ok: missing-input-validation, missing-rate-limit // ruleid: missing-audit-log -- ambiguous (pass 42, Q), reported: keypad PIN check is login-like; failures unlogged, leaning hole
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const apiKey = req.headers["x-door-key"];
  // ruleid: timing-unsafe-comparison
  if (typeof apiKey !== "string" || apiKey !== process.env.DOOR_KEYPAD_KEY) return res.status(401).end();
  const { memberNo, pin, gymId } = req.body ?? {};
  if (typeof memberNo !== "string" || typeof pin !== "string" || typeof gymId !== "string") return res.status(400).end();
  try {
    await pinLimiter.consume(`door:${memberNo}`);
  } catch {
    return res.status(429).json({ allow: false });
  }
  await dbConnect();
  const user = await User.findOne({ qrToken: { $exists: true }, _id: memberNo }).select("+doorPin");
  // ok: timing-unsafe-comparison
  const allow = !!user?.doorPin && (await bcrypt.compare(pin, user.doorPin));
  if (allow) await CheckIn.create({ userId: user!._id, gymId, method: "pin" });
  return res.status(200).json({ allow });
}
