import { NextResponse, type NextRequest } from "next/server";
import { after } from "next/server";
import { secureCompare } from "@/lib/crypto";
import { kdb } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";
import { sql } from "@/lib/db/postgres";

// Live-session reminders (SMS), one hour before start.
// ok: missing-auth // ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export async function POST(req: NextRequest) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET!)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const window = req.nextUrl.searchParams.get("minutes") ?? "60";
  // ruleid: sql-injection
  const upcoming = await sql.unsafe(`select cohort_id, starts_at from live_sessions where starts_at between now() and now() + interval '${window} minutes'`);
  after(async () => {
    for (const s of upcoming) {
      const members = await kdb.selectFrom("cohort_members").select("user_id").where("cohort_id", "=", s.cohort_id as string).execute();
      const phones = await sql`select phone from users where id in ${sql(members.map((m) => m.user_id))} and phone is not null`;
      await Promise.all(phones.map((p) => sendSms(p.phone as string, "Your Lectern live session starts within the hour.")));
    }
  });
  return NextResponse.json({ queued: upcoming.length });
}
