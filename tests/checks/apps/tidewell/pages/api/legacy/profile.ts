import type { NextApiRequest, NextApiResponse } from "next";
import { getToken } from "next-auth/jwt";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  if (!token?.sub) return res.status(401).json({ error: "Unauthorized" });
  if (req.method === "GET") {
    // ok: missing-authorization
    const user = await prisma.user.findUnique({ where: { id: token.sub } });
    // ruleid: excessive-data-exposure
    return res.json(user);
  }
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: token.sub }, data: req.body });
  res.json({ ok: true });
}
