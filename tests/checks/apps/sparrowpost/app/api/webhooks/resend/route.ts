import { NextResponse, type NextRequest } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import * as v from "valibot";
import { supabaseAdmin } from "@/lib/supabase/admin";

const Event = v.object({ type: v.string(), data: v.object({ email_id: v.string(), to: v.array(v.string()) }) });

// Resend (svix) delivery webhooks: bounces mark the profile e-mail as undeliverable.
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const id = req.headers.get("svix-id") ?? "";
  const ts = req.headers.get("svix-timestamp") ?? "";
  const sigHeader = req.headers.get("svix-signature") ?? "";
  const secret = Buffer.from((process.env.RESEND_WEBHOOK_SECRET ?? "").replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", secret).update(`${id}.${ts}.${raw}`).digest("base64");
  // ok: timing-unsafe-comparison
  const valid = sigHeader.split(" ").some((s) => {
    const sig = Buffer.from(s.split(",")[1] ?? "", "base64");
    const exp = Buffer.from(expected, "base64");
    return sig.length === exp.length && timingSafeEqual(sig, exp);
  });
  if (!valid) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const event = v.parse(Event, JSON.parse(raw));
  if (event.type === "email.bounced") {
    // ok: missing-authorization
    await supabaseAdmin.from("profiles").update({ notification_prefs: { email: false } }).in("email", event.data.to);
  }
  return NextResponse.json({ received: true });
}
