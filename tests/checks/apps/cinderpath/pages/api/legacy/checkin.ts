import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Packet-pickup tablets (pre-2024). The tablets were supposed to be on a private network.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { registrationId } = req.body;
  await prisma.registration.update({ where: { id: registrationId }, data: { checkedIn: true } });
  return res.status(200).json({ ok: true });
}
