import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { legacySessionOptions, type LegacySession } from "@/lib/iron/session";

// Marks a gift-aid batch as claimed after the HMRC portal upload.
// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<LegacySession>(req, res, legacySessionOptions);
  const { batchId, hmrcRef } = req.body as { batchId: string; hmrcRef: string };
  try {
    await prisma.giftAidBatch.update({ where: { id: batchId }, data: { status: "claimed", hmrcRef, submittedBy: session.userId } });
    return res.status(200).json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: "Update failed", detail: (e as Error).stack });
  }
}
