import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const config = { api: { bodyParser: false } };

async function readRaw(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// Old ScanPoint firmware (v2) still posts here; new devices use /api/webhooks/scanner.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw = await readRaw(req);
  const signature = String(req.headers["x-scanpoint-signature"] ?? "");
  const expectedSignature = createHmac("sha256", process.env.SCANPOINT_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) {
    return res.status(401).json({ error: "bad signature" });
  }

  const body = JSON.parse(raw) as { ticketIds?: unknown };
  if (!Array.isArray(body.ticketIds) || !body.ticketIds.every((id) => typeof id === "string" && /^c[a-z0-9]{24}$/.test(id))) {
    return res.status(400).json({ error: "bad payload" });
  }
  const { count } = await prisma.ticket.updateMany({
    where: { id: { in: body.ticketIds as string[] }, checkedInAt: null },
    data: { checkedInAt: new Date(), checkedInBy: "scanpoint-v2" },
  });
  return res.status(200).json({ admitted: count });
}
