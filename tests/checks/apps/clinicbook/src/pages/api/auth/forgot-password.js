import crypto from "crypto";
import dbConnect from "@/lib/mongodb";
import User from "@/models/User";
import rateLimit from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const limiter = rateLimit({ interval: 60_000 });

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation -- `typeof ... === "string" ? ... : null` then `if (!email) return`
export default async function handler(req, res) {
  try {
    await limiter.check(3, req.socket.remoteAddress ?? "unknown");
  } catch {
    return res.status(429).json({ error: "Too many requests" });
  }
  const email = typeof req.body?.email === "string" ? req.body.email.trim().toLowerCase() : null;
  if (!email) return res.status(400).json({ error: "Email required" });
  await dbConnect();
  const user = await User.findOne({ email }).select("_id email");
  if (user) {
    const token = crypto.randomBytes(32).toString("hex");
    await User.updateOne({ _id: user._id }, { resetToken: token, resetTokenExpires: new Date(Date.now() + 3_600_000) });
    await sendEmail({ to: user.email, subject: "Reset your password", text: `https://clinicbook.io/reset?token=${token}` });
  }
  // ok: information-disclosure -- same answer either way
  return res.status(200).json({ message: "If that email is registered, a reset link is on its way." });
}
