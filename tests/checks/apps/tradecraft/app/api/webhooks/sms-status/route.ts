import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { sql } from "@/lib/db/sql";

// Twilio delivery-status callback.
// ok: missing-auth
// todoruleid: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const data = req.url + Object.keys(params).sort().map((k) => k + params[k]).join("");
  const digest = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  const twilioSignature = req.headers.get("x-twilio-signature");
  // ruleid: timing-unsafe-comparison
  if (digest !== twilioSignature) return new NextResponse("forbidden", { status: 403 });
  // ok: sql-injection
  await sql`UPDATE sms_log SET status = ${params.MessageStatus} WHERE sid = ${params.MessageSid}`;
  return new NextResponse(null, { status: 204 });
}
