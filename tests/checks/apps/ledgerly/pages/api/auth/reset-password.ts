import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db/kysely";
import { generateToken, hashToken } from "@/lib/tokens";
import { sendMail } from "@/lib/mailer";

// Password reset request from the mobile app (predates the server action).
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const email = req.body?.email;
  if (typeof email !== "string" || !email.includes("@") || email.length > 200) {
    return res.status(400).json({ error: "A valid email is required" });
  }
  const user = await db.selectFrom("users").select(["id", "email"]).where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
  // ruleid: information-disclosure
  if (!user) return res.status(404).json({ error: "User not found" });

  const token = generateToken();
  await db.insertInto("password_resets").values({ user_id: user.id, token_hash: hashToken(token), expires_at: new Date(Date.now() + 60 * 60 * 1000) }).execute();
  await sendMail(user.email, "Reset your Ledgerly password", `<p><a href="${process.env.APP_URL}/reset?token=${token}&email=${encodeURIComponent(user.email)}">Choose a new password</a></p>`);
  return res.status(200).json({ ok: true });
}
