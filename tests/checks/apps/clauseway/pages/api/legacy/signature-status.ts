import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Old e-sign provider callback (v1). Provider sends `?token=...&envelope=...`.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.query.token;
  // why: webhook token compared with ===
  // ruleid: timing-unsafe-comparison
  if (typeof token !== "string" || token === "" || !(token === process.env.LEGACY_ESIGN_TOKEN)) {
    return res.status(401).end();
  }
  const envelope = typeof req.query.envelope === "string" ? req.query.envelope.slice(0, 100) : null;
  if (!envelope) return res.status(400).end();
  const flow = await prisma.approvalFlow.findFirst({ where: { contractId: envelope }, select: { id: true, status: true } });
  // ok: excessive-data-exposure
  return res.json({ found: Boolean(flow), status: flow?.status ?? null });
}
