import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { insurerSessionOptions, type InsurerSession } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<InsurerSession>(req, res, insurerSessionOptions);
  if (!session.insurerId) return res.status(401).end();
  const claims = await prisma.claim.findMany({ where: { insurerId: session.insurerId }, select: { id: true, status: true, amountCents: true } });
  // ok: excessive-data-exposure
  res.json(claims);
}
