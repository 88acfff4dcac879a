import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  if (req.method !== "POST") return res.status(405).end();
  // ruleid: missing-authorization
  await prisma.offer.update({ where: { id: req.body.offerId }, data: { editorNotes: req.body.notes } });
  return res.status(204).end();
}
