import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db";
import { ironOptions, type LegacySession } from "@/lib/iron";

// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId) return res.status(401).json({ error: "unauthorized" });
  const id = req.query.id as string;
  // ruleid: missing-authorization
  const member = await prisma.member.findUnique({
    where: { id },
    select: { id: true, firstName: true, lastName: true, phone: true, email: true, credits: true, internalNotes: true },
  });
  // ok: excessive-data-exposure
  return res.status(200).json(member);
}
