import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import { requireApiUser } from "@/lib/pages-auth";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  try {
    const { membershipId, until } = z.object({ membershipId: objectId, until: z.coerce.date() }).parse(req.body);
    await dbConnect();
    // ok: missing-authorization
    const r = await Membership.updateOne({ _id: membershipId, userId: user.id }, { $set: { status: "frozen", frozenUntil: until } });
    return res.status(200).json({ updated: r.modifiedCount });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(err) });
  }
}
