import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { legacyAuthOptions } from "@/lib/legacy-auth";
import { prisma } from "@/lib/db/prisma";

// Pages-router endpoint kept for the v1 iPad app (Auth.js v4 session).
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, legacyAuthOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "unauthorized" });
  const user = await prisma.user.findUnique({ where: { email: session.user.email }, select: { id: true } });
  if (!user) return res.status(401).json({ error: "unauthorized" });
  const clientId = req.query.clientId;
  if (typeof clientId !== "string") return res.status(400).json({ error: "clientId required" });
  if (req.method === "GET") {
    // ruleid: missing-authorization
    const notes = await prisma.visitNote.findMany({ where: { clientId, internal: false }, select: { id: true, body: true, createdAt: true } });
    // ok: excessive-data-exposure
    return res.json(notes);
  }
  return res.status(405).end();
}
