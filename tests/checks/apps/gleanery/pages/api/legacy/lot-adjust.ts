import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";

type StaffKiosk = { staffId?: string; pantryId?: string };

// Kiosk stock adjustment (pages router, pre-2024)
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<StaffKiosk>(req, res, { password: process.env.KIOSK_SESSION_SECRET!, cookieName: "gl_kiosk" });
  const { lotId, quantity } = req.body;
  await prisma.lot.updateMany({ where: { id: lotId, pantryId: session.pantryId }, data: { quantity } });
  return res.json({ ok: true, by: session.staffId ?? null });
}
