import { NextResponse, type NextRequest } from "next/server";
import { createHmac } from "node:crypto";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Twilio inbound SMS: parents reply "STOP" or "ABSENT <name>".
// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const url = `${process.env.APP_URL}/api/webhooks/sms`;
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const expectedSignature = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return new NextResponse("forbidden", { status: 403 });
  const from = String(params.From ?? "");
  if (/^stop$/i.test(String(params.Body ?? "").trim()) && /^\+\d{7,15}$/.test(from)) {
    await supabaseAdmin.from("profiles").update({ notification_prefs: { sms: false } }).eq("phone", from);
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
