import { NextResponse } from "next/server";
import { sql } from "@/lib/sql";
import { sendSms } from "@/lib/sms";

// Vercel cron: SMS kick-off reminders 24h before each fixture.
// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const rows = await sql`SELECT u.phone, f.kickoff, t.name FROM fixtures f JOIN teams t ON t.id = f.home_team_id JOIN club_members m ON m.club_id = t.club_id JOIN "user" u ON u.id = m.user_id WHERE f.kickoff BETWEEN now() + interval '23 hours' AND now() + interval '24 hours' AND u.phone IS NOT NULL`;
  for (const r of rows) await sendSms(r.phone, `Reminder: ${r.name} kicks off at ${new Date(r.kickoff).toLocaleTimeString("en-GB")}`);
  return NextResponse.json({ sent: rows.length });
}
