import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const config = { api: { bodyParser: false } };

async function rawBody(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// Webhook from the old shop plugin (WooCommerce) that some makers still run.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = await rawBody(req);
  const signature = req.headers["x-wc-webhook-signature"];
  const expected = createHmac("sha256", process.env.WC_WEBHOOK_SECRET!).update(body).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return res.status(401).json({ error: "Bad signature" });
  const event = JSON.parse(body) as { id?: unknown; status?: unknown };
  if (typeof event.id !== "string" || typeof event.status !== "string") return res.status(400).end();
  await prisma.commission.updateMany({ where: { id: event.id }, data: { status: event.status === "completed" ? "delivered" : "in_progress" } });
  return res.status(200).json({ ok: true });
}
