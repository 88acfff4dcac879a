import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const config = { api: { bodyParser: false } };

async function rawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

// PayLeague (old provider) still sends refunds for 2023 registrations
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const body = await rawBody(req);
  const signature = String(req.headers["x-payleague-signature"] ?? "");
  const digest = createHmac("sha256", process.env.PAYLEAGUE_SECRET!).update(body).digest("hex");
  // ok: timing-unsafe-comparison
  if (signature.length !== digest.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
    return res.status(401).json({ error: "bad signature" });
  }
  const event = JSON.parse(body.toString("utf8")) as { type?: unknown; registration_id?: unknown };
  if (event.type === "refund" && typeof event.registration_id === "string" && event.registration_id.length < 40) {
    await prisma.registration.update({ where: { id: event.registration_id }, data: { status: "refunded" } });
  }
  return res.status(200).json({ ok: true });
}
