import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type BoxOfficeSession } from "@/lib/iron";

// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BoxOfficeSession>(req, res, ironOptions);
  if (!session.userId) return res.status(401).json({ error: "Terminal not signed in" });
  const email = req.query.email as string;
  // ruleid: missing-authorization
  const orders = await prisma.order.findMany({
    where: { user: { email } },
    select: { id: true, eventId: true, totalCents: true, status: true, tickets: { select: { id: true, status: true } } },
  });
  // ok: excessive-data-exposure
  return res.json({ orders });
}
