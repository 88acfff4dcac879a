import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { prisma } from "@/lib/db/prisma";
import { legacyAuthOptions } from "@/lib/legacy-auth-options";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, legacyAuthOptions);
  if (!session?.user?.email) return res.status(401).end();
  const me = await prisma.user.findUnique({ where: { email: session.user.email } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(me);
}
