import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth-v4";
import { prisma } from "@/lib/db/prisma";

// Pre-migration pantry export (Auth.js v4 config kept for this one endpoint)
const authOptions = { providers: [], session: { strategy: "jwt" as const } };

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).end();
  const pantryId = req.query.pantryId;
  if (typeof pantryId !== "string" || pantryId.length > 40) return res.status(400).end();
  const me = await prisma.user.findUnique({ where: { email: session.user.email }, select: { id: true } });
  if (!me) return res.status(401).end();
  try {
    // ok: missing-authorization
    const lots = await prisma.lot.findMany({ where: { pantryId, pantry: { memberships: { some: { userId: me.id, role: "manager" } } } }, select: { sku: true, description: true, quantity: true } });
    // ok: excessive-data-exposure
    return res.json(lots);
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return res.status(500).json({ error: "Export failed" });
  }
}
