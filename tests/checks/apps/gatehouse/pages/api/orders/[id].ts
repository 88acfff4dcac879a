import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";

// Legacy organiser dashboard (pages router) — order detail + cancel.
// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported (was ok)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const id = req.query.id as string;

  if (req.method === "GET") {
    // ruleid: missing-authorization
    const order = await prisma.order.findUnique({
      where: { id },
      select: { id: true, buyerName: true, buyerEmail: true, totalCents: true, refundedCents: true, status: true, createdAt: true },
    });
    if (!order) return res.status(404).json({ error: "Not found" });
    // ok: excessive-data-exposure
    return res.status(200).json(order);
  }

  if (req.method === "DELETE") {
    try {
      // ok: missing-authorization
      const { count } = await prisma.order.updateMany({
        where: {
          id,
          status: "PENDING",
          event: { organiser: { memberships: { some: { userId: session.user.id, role: { in: ["OWNER", "ADMIN"] } } } } },
        },
        data: { status: "CANCELLED" },
      });
      return res.status(count ? 200 : 404).json({ cancelled: count === 1 });
    } catch (error) {
      // ruleid: information-disclosure
      return res.status(500).json({ error });
    }
  }

  res.setHeader("Allow", "GET, DELETE");
  return res.status(405).end();
}
