import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// Guide calendar feed: /api/legacy/ical/<userId>.<feedToken>
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw = req.query.token;
  if (typeof raw !== "string" || !/^[a-z0-9]{20,30}\.[a-f0-9]{40}$/.test(raw)) return res.status(400).end();
  const [userId, feedToken] = raw.split(".");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT feed_token FROM guide_feeds WHERE user_id = $1", [userId]);
  const storedToken: string | undefined = rows[0]?.feed_token;
  // why: calendar feed token compared with !== against the stored value
  // ruleid: timing-unsafe-comparison
  if (!storedToken || feedToken !== storedToken) return res.status(404).end();
  const trips = await prisma.trip.findMany({ where: { guideId: userId }, select: { id: true, title: true, startsAt: true } });
  res.setHeader("content-type", "text/calendar");
  res.send(["BEGIN:VCALENDAR", ...trips.map((t) => `BEGIN:VEVENT\nUID:${t.id}\nSUMMARY:${t.title}\nDTSTART:${t.startsAt.toISOString()}\nEND:VEVENT`), "END:VCALENDAR"].join("\n"));
}
