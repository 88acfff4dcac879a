import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { getMembership } from "@/lib/auth/org";

// Old Pages-Router endpoint still used by the desktop CAT plugin.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).json({ error: "Unauthorized" });
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(req.query);
  const membership = await getMembership(orgId, session.user.id);
  if (!membership) return res.status(403).json({ error: "Forbidden" });
  if (req.method === "GET") {
    const jobs = await prisma.job.findMany({
      // ok: missing-authorization
      where: { orgId },
      select: { id: true, title: true, status: true, deadline: true },
    });
    // ok: excessive-data-exposure
    return res.json(jobs);
  }
  return res.status(405).end();
}
