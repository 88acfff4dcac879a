import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { connectMongo, CandidateProfile } from "@/lib/db/mongo";
import { portalSessionOptions, type PortalSession } from "@/lib/portal-session";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<PortalSession>(req, res, portalSessionOptions);
  if (!session.candidateId) return res.status(401).json({ error: "Sign in through your portal link" });
  if (req.method !== "GET") return res.status(405).end();

  await connectMongo();
  // ok: missing-authorization
  const profile = await CandidateProfile.findOne({ candidateId: session.candidateId });
  if (!profile) return res.status(404).json({ error: "Not found" });
  // document includes portalToken
  // ruleid: excessive-data-exposure
  return res.status(200).json(profile);
}
