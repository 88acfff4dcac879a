import { NextResponse } from "next/server";
import twilio from "twilio";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

// Marshals reply STOP/YES to shift SMS.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_TOKEN!, signature, "https://cinderpath.run/api/webhooks/sms", params);
  if (!valid) return new NextResponse("Forbidden", { status: 403 });
  const from = params.From;
  const body = (params.Body ?? "").trim().toUpperCase();
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new NextResponse("", { status: 200 });
  if (body === "STOP") {
    // ok: missing-authorization, mass-assignment
    await supabase.from("volunteers").update({ sms_opt_out: true }).eq("phone", from);
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
