import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";

// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = String(req.query.userId ?? "");
  const application = await prisma.plotApplication.findFirst({ where: { userId }, select: { position: true, status: true, statement: true } });
  return res.status(200).json(application);
}
