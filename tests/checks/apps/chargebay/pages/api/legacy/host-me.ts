import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db";
import { hostSessionOptions, type HostSession } from "@/lib/iron";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<HostSession>(req, res, hostSessionOptions);
  if (!session.hostUserId) return res.status(401).json({ error: "not signed in" });
  const host = await prisma.hostUser.findUnique({ where: { id: session.hostUserId } });
  // ruleid: excessive-data-exposure
  return res.json(host);
}
