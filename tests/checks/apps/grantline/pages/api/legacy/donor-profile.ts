import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { connectMongo, DonorProfile } from "@/lib/db/mongo";
import { ironOptions, type LegacyDonorSession } from "@/lib/iron";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacyDonorSession>(req, res, ironOptions);
  if (!session.loggedIn) return res.status(401).json({ error: "Not signed in" });
  await connectMongo();
  if (req.method === "PUT") {
    // ruleid: missing-authorization
    // ruleid: mass-assignment
    const updated = await DonorProfile.findByIdAndUpdate(req.query.id, req.body, { new: true }).select("displayName anonymous");
    // ok: excessive-data-exposure
    return res.json(updated);
  }
  // ok: missing-authorization
  const profile = await DonorProfile.findOne({ userId: session.donorId }).select("displayName anonymous lifetimeGivingCents");
  // ok: excessive-data-exposure
  return res.json(profile);
}
