import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type BoxOfficeSession } from "@/lib/iron";
import { newToken } from "@/lib/crypto";

const sale = z.object({ tierId: z.string().cuid(), quantity: z.number().int().min(1).max(20), buyerEmail: z.string().email() });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<BoxOfficeSession>(req, res, ironOptions);
  if (!session.userId || !session.organizerId) return res.status(401).json({ error: "Terminal not signed in" });
  const body = sale.parse(req.body);
  // ok: missing-authorization
  const tier = await prisma.ticketTier.findFirst({
    where: { id: body.tierId, event: { organizerId: session.organizerId } },
    select: { id: true, eventId: true, priceCents: true },
  });
  if (!tier) return res.status(404).json({ error: "Unknown tier" });
  const buyer = await prisma.user.upsert({ where: { email: body.buyerEmail }, create: { email: body.buyerEmail }, update: {}, select: { id: true } });
  const order = await prisma.order.create({
    data: {
      userId: buyer.id,
      organizerId: session.organizerId,
      eventId: tier.eventId,
      totalCents: tier.priceCents * body.quantity,
      status: "paid",
      tickets: { create: Array.from({ length: body.quantity }, () => ({ tierId: tier.id, eventId: tier.eventId, ownerId: buyer.id, qrSecret: newToken() })) },
    },
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return res.status(201).json({ orderId: order.id });
}
