import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type BoxOfficeSession } from "@/lib/iron";

// Kiosk-mode preferences for a fan at a box-office terminal.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BoxOfficeSession>(req, res, ironOptions);
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  if (req.method === "PUT") {
    // ok: missing-authorization
    await prisma.user.update({
      where: { id: session.userId },
      // ruleid: mass-assignment
      data: req.body,
    });
    return res.json({ ok: true });
  }
  try {
    const prefs = await prisma.user.findUnique({ where: { id: session.userId }, select: { name: true, phone: true } });
    // ok: excessive-data-exposure
    return res.json(prefs);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
