import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireOrgRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";

type LegacySession = { userId?: string };

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, {
    cookieName: "fp_legacy",
    password: process.env.LEGACY_SESSION_PASSWORD!,
  });
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  const query = z.object({ orgId: z.string().cuid() }).safeParse(req.query);
  if (!query.success) return res.status(400).json({ error: "orgId is required" });

  try {
    await requireOrgRole(session.userId, query.data.orgId, "viewer");
    // ok: missing-authorization
    const flags = await prisma.flag.findMany({
      where: { project: { orgId: query.data.orgId } },
      select: { key: true, enabled: true, rolloutPct: true },
    });
    // ok: excessive-data-exposure
    return res.status(200).json({ flags });
  } catch (err) {
    logger.error({ err }, "legacy flags failed");
    // ruleid: information-disclosure
    return res.status(500).json({ error: "Failed to load flags", cause: err });
  }
}
