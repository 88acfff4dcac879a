import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle/client";
import { volunteerProfiles, shiftSignups, workShifts } from "@/lib/db/drizzle/schema";

/** Private iCal feed: the unguessable calendar token is the credential (looked up, never compared). */
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return new Response("Not found", { status: 404 });
  // ok: timing-unsafe-comparison
  const [profile] = await db.select({ userId: volunteerProfiles.userId }).from(volunteerProfiles).where(eq(volunteerProfiles.calendarToken, token));
  if (!profile) return new Response("Not found", { status: 404 });
  const shifts = await db
    .select({ id: workShifts.id, title: workShifts.title, startsAt: workShifts.startsAt })
    .from(shiftSignups)
    .innerJoin(workShifts, eq(workShifts.id, shiftSignups.shiftId))
    .where(eq(shiftSignups.userId, profile.userId));
  const body = ["BEGIN:VCALENDAR", "VERSION:2.0", ...shifts.flatMap((s) => ["BEGIN:VEVENT", `UID:${s.id}@fernbank`, `SUMMARY:${s.title}`, `DTSTART:${s.startsAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`, "END:VEVENT"]), "END:VCALENDAR"];
  return new Response(body.join("\r\n"), { headers: { "content-type": "text/calendar" } });
}
