import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { parentSessionOptions, type ParentSession } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { buildIcs } from "@/lib/ical";

// Parent's own shifts as .ics (pages router; iron-session with req/res).
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<ParentSession>(req, res, parentSessionOptions);
  if (!session.parentId) return res.status(401).end();
  const signups = await db.shiftSignup.findMany({ where: { parentId: session.parentId }, select: { shift: { select: { id: true, role: true, startsAt: true, endsAt: true } } } });
  res.setHeader("Content-Type", "text/calendar");
  res.send(buildIcs(signups.map((s) => ({ id: s.shift.id, title: s.shift.role, start: s.shift.startsAt, end: s.shift.endsAt }))));
}
