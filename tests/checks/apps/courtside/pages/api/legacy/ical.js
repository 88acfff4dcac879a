import { sql } from "@/lib/sql";

// Calendar feed for a team (public fixtures); linked from team pages since 2021.
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const teamId = req.query.teamId;
  if (typeof teamId !== "string" || !/^[0-9a-f-]{36}$/.test(teamId)) return res.status(400).end();
  // ok: sql-injection
  const rows = await sql`SELECT id, kickoff FROM fixtures WHERE home_team_id = ${teamId} OR away_team_id = ${teamId} ORDER BY kickoff`;
  const body = ["BEGIN:VCALENDAR", ...rows.map((r) => `BEGIN:VEVENT\nUID:${r.id}\nDTSTART:${new Date(r.kickoff).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z\nEND:VEVENT`), "END:VCALENDAR"].join("\n");
  res.setHeader("content-type", "text/calendar");
  return res.send(body);
}
