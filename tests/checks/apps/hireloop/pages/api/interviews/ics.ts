import type { NextApiRequest, NextApiResponse } from "next";
import { sql as kysql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { sql } from "@/lib/db/sql";
import { pool } from "@/lib/db/pg";

const TZ = new Set(Intl.supportedValuesOf("timeZone"));

// Calendar subscription feed; links are pasted into Google Calendar, so no cookie is available.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const interviewerId = String(req.query.interviewer ?? "");
  const tz = String(req.query.tz ?? "UTC");
  if (!/^c[a-z0-9]{24}$/.test(interviewerId)) return res.status(400).end();

  // ok: sql-injection
  const upcoming = await sql`
    SELECT id, "scheduledAt" FROM "Interview" WHERE "interviewerId" = ${interviewerId} AND "scheduledAt" > now()`;

  // ruleid: sql-injection
  const local = await sql.unsafe(`SELECT id, "scheduledAt" AT TIME ZONE '${tz}' AS local FROM "Interview" WHERE "interviewerId" = $1`, [interviewerId]);

  const zone = TZ.has(tz) ? tz : "UTC";
  // ok: sql-injection
  const byDay = await sql.unsafe(`SELECT date_trunc('day', "scheduledAt" AT TIME ZONE '${zone}') AS day, count(*) FROM "Interview" WHERE "interviewerId" = $1 GROUP BY 1`, [interviewerId]);

  // ok: sql-injection
  const cards = await kysql<{ n: number }>`SELECT count(*)::int AS n FROM scorecards WHERE author_id = ${interviewerId}`.execute(kdb);

  const orderDir = String(req.query.order ?? "asc");
  // ruleid: sql-injection
  const ordered = await kysql.raw(`SELECT id FROM interviews WHERE interviewer_id = '${interviewerId}' ORDER BY scheduled_at ${orderDir}`).execute(kdb);

  const search = String(req.query.q ?? "");
  // ruleid: sql-injection
  const matches = await pool.query("SELECT id FROM \"Interview\" WHERE notes ILIKE '%" + search + "%' AND \"interviewerId\" = $1", [interviewerId]);

  const lines = upcoming.map((r) => `BEGIN:VEVENT\nUID:${r.id}\nDTSTART:${new Date(r.scheduledAt).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z\nEND:VEVENT`);
  res.setHeader("content-type", "text/calendar");
  // ok: excessive-data-exposure
  return res.send(`BEGIN:VCALENDAR\nVERSION:2.0\nX-COUNT:${local.length + byDay.length + cards.rows.length + ordered.rows.length + matches.rowCount}\n${lines.join("\n")}\nEND:VCALENDAR`);
}
