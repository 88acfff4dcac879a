import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/legacy-options";
import { prisma } from "@/lib/db/prisma";
import { mergeTickets } from "@/services/tickets";
import { logger } from "@/lib/logger";

const Body = z.object({ workspaceId: z.string().cuid(), sourceId: z.string().cuid(), targetId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-authorization
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.id) return res.status(401).json({ error: "unauthorized" });
  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid body" });
  const member = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId: session.user.id, workspaceId: parsed.data.workspaceId } },
    select: { role: true },
  });
  if (!member) return res.status(404).json({ error: "not found" });
  try {
    const id = await mergeTickets(parsed.data.workspaceId, parsed.data.sourceId, parsed.data.targetId);
    return res.status(200).json({ id });
  } catch (err) {
    logger.error("merge failed", { err: String(err) });
    // ok: information-disclosure
    return res.status(400).json({ error: "Could not merge these tickets" });
  }
}
