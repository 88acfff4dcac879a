import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { getToken } from "next-auth/jwt";

// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  const users = await prisma.user.findMany({ where: { coopId: (token?.coopId as string) ?? undefined }, select: { id: true, email: true, name: true } });
  res.json(users);
}
