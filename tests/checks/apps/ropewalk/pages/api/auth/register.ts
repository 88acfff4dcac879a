import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { signupSchema } from "@/lib/validation";

// Registration endpoint for the iOS app (v1.x). Web uses the signUp action.
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = signupSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid" });
  await dbConnect();
  if (await User.exists({ email: parsed.data.email })) {
    return res.status(200).json({ ok: true });
  }
  // ok: mass-assignment
  const user = await User.create({ name: parsed.data.name, email: parsed.data.email, passwordHash: await bcrypt.hash(parsed.data.password, 12) });
  // ok: excessive-data-exposure
  return res.status(201).json({ id: String(user._id) });
}
