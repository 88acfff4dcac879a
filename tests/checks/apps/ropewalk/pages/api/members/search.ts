import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { requireApiUser } from "@/lib/pages-auth";
import { staffRoleAt } from "@/lib/session";

// Front-desk member lookup: /api/members/search?q=alex&gymId=...
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  const { q, gymId } = req.query;
  if (typeof q !== "string" || typeof gymId !== "string" || q.length > 40) return res.status(400).json({ error: "bad query" });
  // ok: floating-auth-check
  if (!(await staffRoleAt(user.id, gymId))) return res.status(403).json({ error: "forbidden" });
  await dbConnect();
  const members = await User.find({
    homeGymId: gymId,
    $where: `this.name.toLowerCase().indexOf('${q.toLowerCase()}') !== -1 || this.email.indexOf('${q}') === 0`,
  }).limit(20);
  // ruleid: excessive-data-exposure
  return res.status(200).json(members);
}
