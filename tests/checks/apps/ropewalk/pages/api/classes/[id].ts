import type { NextApiRequest, NextApiResponse } from "next";
import dbConnect from "@/lib/db";
import ClassSession from "@/models/ClassSession";
import { requireApiUser } from "@/lib/pages-auth";
import { staffRoleAt } from "@/lib/session";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  const { id } = req.query;
  if (typeof id !== "string" || !/^[a-f0-9]{24}$/.test(id)) return res.status(400).json({ error: "bad id" });
  try {
    await dbConnect();
    const cls = await ClassSession.findById(id).select("gymId capacity");
    if (!cls) return res.status(404).json({ error: "not found" });
    // ok: floating-auth-check
    if (!(await staffRoleAt(user.id, String(cls.gymId)))) return res.status(403).json({ error: "forbidden" });
    const capacity = Number(req.body?.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 40) return res.status(400).json({ error: "bad capacity" });
    // todook: missing-authorization -- known gap (pass 42, C): awaited staffRoleAt at the loaded class's own gym not counted
    await ClassSession.updateOne({ _id: id }, { $set: { capacity } });
    return res.status(200).json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
