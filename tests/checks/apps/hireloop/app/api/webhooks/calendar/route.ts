import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyHmacSignature } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const CalendarEvent = z.object({
  type: z.enum(["event.updated", "event.cancelled"]),
  eventId: z.string(),
  start: z.string().datetime().optional(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyHmacSignature(raw, req.headers.get("x-calendar-signature"), process.env.CALENDAR_WEBHOOK_SECRET!)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const channelToken = req.headers.get("x-goog-channel-token");
  // ok: timing-unsafe-comparison
  if (typeof channelToken !== "string" || channelToken.length === 0) {
    return NextResponse.json({ error: "missing channel token" }, { status: 401 });
  }
  // ruleid: timing-unsafe-comparison
  if (channelToken !== process.env.GOOGLE_CHANNEL_TOKEN) {
    return NextResponse.json({ error: "unknown channel" }, { status: 401 });
  }
  const evt = CalendarEvent.parse(JSON.parse(raw));
  if (evt.type === "event.cancelled") {
    await db.interview.deleteMany({ where: { calendarEventId: evt.eventId } });
  } else if (evt.start) {
    await db.interview.updateMany({ where: { calendarEventId: evt.eventId }, data: { scheduledAt: new Date(evt.start) } });
  }
  logger.info({ type: evt.type, eventId: evt.eventId }, "calendar webhook");
  return NextResponse.json({ ok: true });
}
