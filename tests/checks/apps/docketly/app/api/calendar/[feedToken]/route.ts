import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { calendarFeeds } from "@/lib/db/schema";
import { kdb } from "@/lib/db/kysely";

// ICS subscription URL: the unguessable token in the path is the credential (looked up, never compared in JS).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ feedToken: string }> }) {
  const { feedToken } = await params;
  const token = feedToken.replace(/\.ics$/, "");
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return new Response("not found", { status: 404 });
  const [feed] = await db.select({ firmId: calendarFeeds.firmId, userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.feedToken, token));
  if (!feed) return new Response("not found", { status: 404 });
  const deadlines = await kdb.selectFrom("deadlines").select(["id", "title", "due_at"]).where("firm_id", "=", feed.firmId).where("completed", "=", false).execute();
  const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", ...deadlines.flatMap((d) => ["BEGIN:VEVENT", `UID:${d.id}`, `SUMMARY:${d.title}`, `DTSTART;VALUE=DATE:${d.due_at.toISOString().slice(0, 10).replace(/-/g, "")}`, "END:VEVENT"]), "END:VCALENDAR"];
  return new Response(ics.join("\r\n"), { headers: { "content-type": "text/calendar" } });
}
