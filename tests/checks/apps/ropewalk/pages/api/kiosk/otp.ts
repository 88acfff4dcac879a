import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import CheckIn from "@/models/CheckIn";
import { secureCompare } from "@/lib/secure-compare";

// Kiosk "forgot my phone" flow: the member gets a one-time code by SMS and types it in.
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  // ok: timing-unsafe-comparison
  if (!secureCompare(String(req.headers["x-kiosk-key"] ?? ""), process.env.KIOSK_KEY ?? "")) return res.status(401).end();
  const { email, otp, gymId } = req.body ?? {};
  if (typeof email !== "string" || typeof otp !== "string" || typeof gymId !== "string") return res.status(400).end();
  await dbConnect();
  const user = await User.findOne({ email: email.toLowerCase() }).select("verifyToken");
  // ruleid: timing-unsafe-comparison
  if (!user?.verifyToken || user.verifyToken !== otp) return res.status(401).json({ error: "invalid code" });
  await CheckIn.create({ userId: user._id, gymId, method: "pin" }); // todook: missing-authorization -- known gap (pass 42, R): user._id from an OTP-verified DB lookup taken for client input
  return res.status(200).json({ ok: true });
}
