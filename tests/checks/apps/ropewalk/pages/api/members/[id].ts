import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { staffRoleAt } from "@/lib/session";
import { memberAdminSchema } from "@/lib/validation";

// Front desk edits a member's name/phone from the desk screen (PUT), or views the card (GET).
// ok: missing-auth, missing-input-validation, missing-rate-limit // ruleid: missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "unauthorized" });
  const id = req.query.id;
  const gymId = req.query.gymId;
  if (typeof id !== "string" || typeof gymId !== "string") return res.status(400).json({ error: "bad id" });
  if (!(await staffRoleAt(session.user.id, gymId))) return res.status(403).json({ error: "forbidden" });
  await dbConnect();
  if (req.method === "PUT") {
    const body = memberAdminSchema.parse(req.body);
    // ruleid: mass-assignment
    await User.updateOne({ _id: id, homeGymId: gymId }, { $set: body });
    return res.status(200).json({ ok: true });
  }
  // ok: missing-authorization
  const member = await User.findOne({ _id: id, homeGymId: gymId }).select("name email phone emergencyContact").lean();
  // ok: excessive-data-exposure
  return res.status(200).json(member);
}
