import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";

// Pre-App-Router endpoint still used by the publisher plugin.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "unauthorized" });
  const publisherId = (session.user as any).publisherId as string;
  const offers = await prisma.offer.findMany({ where: { publisherId }, select: { id: true, submissionId: true, amountCents: true, status: true } });
  // ok: excessive-data-exposure
  return res.status(200).json(offers);
}
