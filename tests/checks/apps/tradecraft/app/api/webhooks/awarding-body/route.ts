import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { epaBookings } from "@/lib/db/schema";
import { logger } from "@/lib/logger";

const Event = z.object({ bookingId: z.string().uuid(), status: z.enum(["confirmed", "rescheduled", "cancelled"]) });

// Awarding bodies without partner keys post booking status here with a shared api_key.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey != process.env.AWARDING_BODY_API_KEY) {
    return NextResponse.json({ error: "unauthorised" }, { status: 401 });
  }
  const event = Event.parse(await req.json());
  // ok: missing-authorization
  await db.update(epaBookings).set({ status: event.status }).where(eq(epaBookings.id, event.bookingId));
  logger.info("awarding_body.event", event);
  return NextResponse.json({ ok: true });
}
