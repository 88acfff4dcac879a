import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const config = { api: { bodyParser: false } };

async function readRaw(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw = await readRaw(req);
  const webhookSignature = req.headers["webhook-signature"];
  const digest = createHmac("sha256", process.env.GOCARDLESS_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (webhookSignature != digest) {
    return res.status(498).end();
  }
  const { events } = JSON.parse(raw) as { events: { action: string; links: { payment: string } }[] };
  for (const ev of events) {
    if (ev.action === "confirmed") {
      await prisma.payment.updateMany({ where: { providerRef: ev.links.payment }, data: { status: "succeeded" } });
    }
  }
  res.status(200).end();
}
