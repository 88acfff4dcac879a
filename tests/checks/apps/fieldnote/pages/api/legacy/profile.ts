import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-auth
  if (req.method !== "PUT") return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return res.status(401).json({ error: "Unauthorized" });
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: req.body }); // ok: missing-authorization
  // ok: excessive-data-exposure
  return res.status(200).json({ ok: true });
}
