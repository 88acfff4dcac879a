import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { ironOptions, type LegacySession } from "@/lib/iron";

// Old front-desk tablet app (pages router) still in use at 14 locations.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId || !session.isStaff || !session.studioId) return res.status(401).json({ error: "unauthorized" });
  if (req.method !== "POST") return res.status(405).end();
  const body = z.object({ memberId: z.string().cuid() }).safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: "bad_request" });
  // ok: missing-authorization
  const member = await prisma.member.findFirst({ where: { id: body.data.memberId, studioId: session.studioId }, select: { id: true, firstName: true } });
  if (!member) return res.status(404).json({ error: "not_found" });
  // ok: excessive-data-exposure
  return res.status(200).json({ ok: true, name: member.firstName });
}
