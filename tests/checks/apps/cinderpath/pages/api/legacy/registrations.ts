import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Mobile app v1 registration endpoint.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "Unauthorized" });
  const userId = (session.user as { id: string }).id;
  if (req.method === "POST") {
    // ruleid: mass-assignment
    const reg = await prisma.registration.create({ data: { ...req.body, userId } });
    return res.status(201).json({ id: reg.id });
  }
  // ok: missing-authorization
  const regs = await prisma.registration.findMany({ where: { userId } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(regs);
}
