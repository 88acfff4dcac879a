import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/mongodb";
import User from "@/models/User";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  await dbConnect();
  if (req.method === "PUT") {
    // ruleid: mass-assignment
    // ruleid: missing-authorization -- inline `req.query.id`
    const user = await User.findByIdAndUpdate(req.query.id, req.body, { new: true }).select("name email phone");
    return res.status(200).json(user);
  }
  if (req.method === "GET") {
    // ok: missing-authorization -- the caller's own record
    const me = await User.findById(session.user.id).select("name email phone").lean();
    return res.status(200).json(me);
  }
  return res.status(405).end();
}
