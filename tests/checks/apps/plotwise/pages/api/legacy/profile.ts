import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { getApiSession } from "@/lib/api-auth";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { session, user } = await getApiSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorised" });
  if (req.method !== "PATCH") return res.status(405).end();
  // ruleid: mass-assignment
  const updated = await prisma.user.update({ where: { id: user.id }, data: req.body, select: { id: true } });
  return res.status(200).json(updated);
}
