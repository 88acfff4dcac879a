import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { buildIcs } from "@/lib/ical";

// Public iCal feed of a school's published events (legacy pages router).
// ok: missing-auth, missing-authorization // ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.schoolSlug);
  const events = await db.event.findMany({
    where: { published: true, school: { slug } },
    select: { id: true, title: true, startsAt: true },
  });
  const ics = buildIcs(events.map((e) => ({ id: e.id, title: e.title, start: e.startsAt, end: new Date(e.startsAt.getTime() + 3600_000) })));
  res.setHeader("Content-Type", "text/calendar");
  // ok: excessive-data-exposure
  res.status(200).send(ics);
}
