import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

type LegacyUser = { id: string; workspaceId: string };

/** v1 dispatch board (pages router) — being replaced by /api/jobs. */
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-auth
  // ok: floating-auth-check
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "Unauthorized" });
  const user = session.user as unknown as LegacyUser;

  if (req.method === "GET") {
    const jobs = await prisma.job.findMany({ where: { workspaceId: user.workspaceId }, take: 100 });
    // ruleid: excessive-data-exposure
    return res.status(200).json(jobs);
  }

  if (req.method === "DELETE") {
    const { id } = req.query;
    // ruleid: missing-authorization
    await prisma.job.delete({ where: { id: String(id) } });
    return res.status(204).end();
  }

  res.setHeader("Allow", "GET, DELETE");
  return res.status(405).end();
}
