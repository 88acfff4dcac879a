import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { getToken } from "next-auth/jwt";

// ok: missing-input-validation
// todoruleid: missing-auth -- known gap (pass 33): getToken() never checked, its value in a filter through `as` and `?? undefined`
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  const users = await prisma.user.findMany({ where: { coopId: (token?.coopId as string) ?? undefined }, select: { id: true, email: true, name: true } });
  res.json(users);
}
