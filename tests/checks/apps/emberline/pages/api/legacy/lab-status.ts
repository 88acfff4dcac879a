import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req);
  if (!userId) return res.status(401).json({ error: "unauthorized" });
  const { caseId, status } = req.body;
  // ruleid: missing-authorization
  await prisma.labCase.update({ where: { id: caseId }, data: { status } });
  res.json({ ok: true });
}
