import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// Partner EHR integration: agency API key in `x-api-key`, looked up by hash.
// ok: missing-auth, missing-input-validation, timing-unsafe-comparison
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = req.headers["x-api-key"];
  if (typeof key !== "string") return res.status(401).json({ error: "missing key" });
  const apiKey = await prisma.apiKey.findUnique({ where: { hashedKey: sha256(key) }, select: { agencyId: true, revokedAt: true } });
  if (!apiKey || apiKey.revokedAt) return res.status(401).json({ error: "invalid key" });
  const clientId = req.query.clientId;
  if (typeof clientId !== "string" || clientId.length > 40) return res.status(400).json({ error: "clientId required" });
  try {
    // ok: missing-authorization
    const client = await prisma.client.findFirst({ where: { id: clientId, agencyId: apiKey.agencyId }, select: { id: true, fullName: true, dateOfBirth: true, carePlan: true } });
    if (!client) return res.status(404).json({ error: "not found" });
    // ok: excessive-data-exposure
    return res.json(client);
  } catch (err) {
    logger.error({ err }, "ehr export failed");
    // ruleid: information-disclosure
    return res.status(500).json({ error: "export failed", stack: (err as Error).stack });
  }
}
