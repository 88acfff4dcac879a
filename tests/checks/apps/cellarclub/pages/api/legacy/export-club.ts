import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";

type S = { userId?: string; wineryId?: string };

// Legacy CSV export of club members (iron-session of the old admin).
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<S>(req, res, { password: process.env.LEGACY_SESSION_SECRET!, cookieName: "cc_admin" });
  const members = await prisma.member.findMany({ where: { wineryId: session.wineryId }, select: { id: true, status: true, user: { select: { email: true, name: true } } } });
  res.setHeader("content-type", "text/csv");
  res.send(members.map((m) => `${m.id},${m.status},${m.user.email},${m.user.name ?? ""}`).join("\n"));
}
