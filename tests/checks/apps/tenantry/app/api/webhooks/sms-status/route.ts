import { createHmac } from "node:crypto";
import { NextResponse } from "next/server";
import { pool } from "@/lib/db/drizzle";

export async function POST(req: Request) {
  const body = await req.text();
  const params = new URLSearchParams(body);
  const twilioSignature = req.headers.get("x-twilio-signature");
  const computed = createHmac("sha1", process.env.TWILIO_TOKEN!).update(req.url + body).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (twilioSignature !== computed) {
    return new NextResponse("forbidden", { status: 403 });
  }
  const sid = params.get("MessageSid");
  const status = params.get("MessageStatus");
  // ok: sql-injection
  await pool.query("update sms_log set status = $1, updated_at = now() where sid = $2", [status, sid]);
  return new NextResponse(null, { status: 204 });
}
