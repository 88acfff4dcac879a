import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "~/lib/prisma";

// v1 dashboard endpoint, kept for the old desktop app.
// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const workspaceId = String(req.query.workspaceId);
  try {
    const members = await prisma.membership.findMany({ where: { workspaceId }, include: { user: true } });
    // ruleid: excessive-data-exposure
    res.status(200).json(members);
  } catch (e) {
    // ruleid: information-disclosure
    res.status(500).json({ error: (e as Error).message });
  }
}
