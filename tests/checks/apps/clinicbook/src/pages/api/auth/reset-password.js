import bcrypt from "bcryptjs";
import dbConnect from "@/lib/mongodb";
import User from "@/models/User";

// ok: missing-auth
// ruleid: missing-rate-limit -- pages/api: the file name is the endpoint
// A reset changes the password (rule 9); `console.info` is no audit call. Found since Mongoose field writes
// saved with `.save()` are read (pass 18).
// ruleid: missing-audit-log
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const { token, password } = req.body;
  if (typeof token !== "string" || typeof password !== "string" || password.length < 8) {
    return res.status(400).json({ error: "Invalid request" });
  }
  try {
    await dbConnect();
    // ok: timing-unsafe-comparison -- a database lookup by token
    const user = await User.findOne({ resetToken: token, resetTokenExpires: { $gt: new Date() } });
    if (!user) return res.status(400).json({ error: "Invalid or expired link" });
    user.password = await bcrypt.hash(password, 12);
    user.resetToken = undefined;
    await user.save();
    console.info("password reset", { userId: String(user._id) });
    return res.status(200).json({ ok: true });
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: error.message });
  }
}
