import { NextResponse } from "next/server";
import twilio from "twilio";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { checkCalls } from "@/lib/db/schema";

// inbound SMS check-calls from drivers without the app
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const signature = req.headers.get("x-twilio-signature");
  const expected = twilio.getExpectedTwilioSignature(process.env.TWILIO_TOKEN!, `${process.env.APP_URL}/api/webhooks/twilio`, params);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return new NextResponse("forbidden", { status: 403 });
  }
  const Body = z.object({ Body: z.string().max(400), From: z.string().regex(/^\+\d{10,15}$/) }).safeParse(params);
  if (!Body.success) return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
  const [loadRef, ...rest] = Body.data.Body.split(" ");
  await db.insert(checkCalls).values({ id: crypto.randomUUID(), loadId: loadRef, driverId: Body.data.From, note: rest.join(" ").slice(0, 280) });
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
