import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { getApiSession } from "@/lib/api-auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { session, user } = await getApiSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorised" });
  if (req.method === "GET") {
    const profile = await prisma.user.findUnique({ where: { id: user.id }, select: { id: true, name: true, email: true, role: true } });
    // ok: excessive-data-exposure
    return res.status(200).json(profile);
  }
  if (req.method === "PUT") {
    const { name, phone } = req.body ?? {};
    if (typeof name !== "string" || name.length > 80 || (phone != null && typeof phone !== "string")) {
      return res.status(400).json({ error: "Invalid" });
    }
    // ok: mass-assignment
    await prisma.user.update({ where: { id: user.id }, data: { name, phone } });
    return res.status(204).end();
  }
  return res.status(405).end();
}
