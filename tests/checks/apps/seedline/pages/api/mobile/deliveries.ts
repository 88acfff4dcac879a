import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { mobileSessionOptions, type MobileSession } from "@/lib/iron";
import { ownsDelivery } from "@/lib/mobile-guards";

const disputeSchema = z.object({ deliveryId: z.string().cuid(), reason: z.string().min(5).max(500) });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<MobileSession>(req, res, mobileSessionOptions);
  if (!session.memberId) return res.status(401).json({ error: "Sign in again" });

  if (req.method === "GET") {
    const rows = await prisma.delivery.findMany({
      where: { memberId: session.memberId },
      select: { ticketNo: true, grossKg: true, tareKg: true, grade: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 100,
    });
    // ok: excessive-data-exposure
    return res.status(200).json(rows);
  }

  if (req.method === "POST") {
    const input = disputeSchema.parse(req.body);
    // ruleid: floating-auth-check
    if (!ownsDelivery(session.memberId, input.deliveryId)) return res.status(403).json({ error: "Not your delivery" });
    // ruleid: missing-authorization
    await prisma.delivery.update({ where: { id: input.deliveryId }, data: { grade: "DISPUTED" } });
    return res.status(200).json({ ok: true });
  }
  return res.status(405).end();
}
