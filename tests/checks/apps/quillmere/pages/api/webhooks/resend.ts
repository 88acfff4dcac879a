import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const config = { api: { bodyParser: false } };

async function rawBody(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// Bounce notifications from the mail provider.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = await rawBody(req);
  const expected = createHmac("sha256", process.env.RESEND_WEBHOOK_SECRET as string).update(body).digest();
  const given = Buffer.from(String(req.headers["x-webhook-signature"] ?? ""), "hex");
  // ok: timing-unsafe-comparison
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return res.status(401).end();
  const event = JSON.parse(body.toString()) as { type?: string; to?: unknown };
  if (event.type === "email.bounced" && typeof event.to === "string") {
    await prisma.user.updateMany({ where: { email: event.to }, data: { emailVerified: null } });
  }
  return res.status(200).json({ ok: true });
}
