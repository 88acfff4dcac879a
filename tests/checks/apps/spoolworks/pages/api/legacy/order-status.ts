import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Old Zapier integration: shops posted status changes here before the v1 API.
// why: no authentication of any kind before updating an order
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { orderId, status } = req.body ?? {};
  if (typeof orderId !== "string" || !["printing", "shipped"].includes(status)) return res.status(400).json({ error: "bad input" });
  try {
    await prisma.order.update({ where: { id: orderId }, data: { status } });
    return res.json({ ok: true });
  } catch (error) {
    // why: the Prisma error object itself is serialised into the response
    // ruleid: information-disclosure
    return res.status(500).json({ error });
  }
}
