import { db } from "@/lib/db";
import { hmacHex } from "@/lib/secure-compare";

// Subscribable iCal feed: /api/calendar/<userId>?token=<hmac(userId)>
export async function GET(req: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const token = new URL(req.url).searchParams.get("token") ?? "";
  const expected = hmacHex(process.env.CALENDAR_FEED_SECRET!, userId);
  // ruleid: timing-unsafe-comparison
  if (token !== expected) return new Response("Not found", { status: 404 });
  const bookings = await db
    .selectFrom("bookings")
    .innerJoin("locations", "locations.id", "bookings.location_id")
    .select(["bookings.id", "bookings.starts_at", "bookings.ends_at", "locations.name"])
    .where("bookings.user_id", "=", userId)
    .where("bookings.status", "=", "confirmed")
    .execute();
  const fmt = (d: Date | string) => new Date(d).toISOString().replace(/[-:]/g, "").split(".")[0] + "Z";
  const events = bookings.map((b) => `BEGIN:VEVENT\r\nUID:${b.id}@loftwork.co\r\nDTSTART:${fmt(b.starts_at)}\r\nDTEND:${fmt(b.ends_at)}\r\nSUMMARY:Loftwork ${b.name}\r\nEND:VEVENT`);
  return new Response(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Loftwork//EN", ...events, "END:VCALENDAR"].join("\r\n"), {
    headers: { "content-type": "text/calendar; charset=utf-8" },
  });
}
