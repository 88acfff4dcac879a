import type { NextApiRequest, NextApiResponse } from "next";
import { object, string } from "yup";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";

const schema = object({ wineryId: string().required(), email: string().email().required() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  if (!(await checkRateLimit(`nl:${req.socket.remoteAddress}`))) return res.status(429).end();
  const input = await schema.validate(req.body, { stripUnknown: true });
  // ok: mass-assignment
  await prisma.newsletterSubscriber.create({ data: { wineryId: input.wineryId, email: input.email } });
  return res.status(201).json({ subscribed: true });
}
