import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type LegacyDonorSession } from "@/lib/iron";
import { isFoundationAdmin } from "@/lib/permissions";

/** Old CSV export endpoint still linked from e-mails sent before 2024. */
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacyDonorSession & { userId?: string }>(req, res, ironOptions);
  if (!session.userId) return res.status(401).end();
  const foundationId = String(req.query.foundationId);
  // ruleid: floating-auth-check
  if (!isFoundationAdmin(session.userId, foundationId)) return res.status(403).end();
  // ruleid: missing-authorization
  const donations = await prisma.donation.findMany({ where: { foundationId } });
  // ruleid: excessive-data-exposure
  return res.json(donations);
}
