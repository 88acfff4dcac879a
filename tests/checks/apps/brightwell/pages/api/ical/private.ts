import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { buildIcs } from "@/lib/ical";

// Staff calendar feed with shift rosters: /api/ical/private?school=slug&token=...
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { school, token } = req.query;
  if (typeof school !== "string" || typeof token !== "string") return res.status(400).end();
  const s = await db.school.findUnique({ where: { slug: school }, select: { id: true, icalToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!s || s.icalToken !== token) return res.status(404).end();
  const shifts = await db.shift.findMany({ where: { schoolId: s.id }, select: { id: true, role: true, startsAt: true, endsAt: true } });
  res.setHeader("Content-Type", "text/calendar");
  res.send(buildIcs(shifts.map((x) => ({ id: x.id, title: x.role, start: x.startsAt, end: x.endsAt }))));
}
