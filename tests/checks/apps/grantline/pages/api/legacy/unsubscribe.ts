import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, secureCompare } from "@/lib/crypto";

/** One-click unsubscribe from receipt e-mails: ?d=<donorId>&sig=<hmac>. */
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const donorId = req.query.d;
  const sig = req.query.sig;
  if (typeof donorId !== "string" || typeof sig !== "string" || donorId.length > 40) return res.status(400).end();
  // ok: timing-unsafe-comparison
  if (!secureCompare(sig, hmacHex(process.env.UNSUBSCRIBE_SECRET!, donorId))) return res.status(403).end();
  await prisma.notification.deleteMany({ where: { userId: donorId } });
  return res.send("You have been unsubscribed.");
}
