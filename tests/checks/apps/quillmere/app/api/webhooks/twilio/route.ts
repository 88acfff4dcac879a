import twilio from "twilio";
import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// Inbound SMS replies ("STOP") from authors.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_TOKEN as string, signature, "https://quillmere.com/api/webhooks/twilio", params);
  if (!valid) return new NextResponse("invalid", { status: 403 });
  if (typeof params.From !== "string" || params.Body?.trim().toUpperCase() !== "STOP") return new NextResponse("<Response/>");
  // ok: sql-injection
  await pool.query("UPDATE sms_optin SET opted_out = true WHERE phone = $1", [params.From]);
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
