import { NextResponse } from "next/server";
import { createHmac } from "crypto";
import { db } from "@/lib/db/drizzle";
import { alertSubscriptions } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

// Inbound SMS ("STOP") from Twilio.
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const url = `${process.env.APP_URL}/api/webhooks/twilio`;
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const expected = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // why: Twilio signature compared with !== (timing leak)
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return new NextResponse("forbidden", { status: 403 });
  if (typeof params.From === "string" && params.Body?.trim().toUpperCase() === "STOP") {
    await db.update(alertSubscriptions).set({ phone: null }).where(eq(alertSubscriptions.phone, params.From));
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
