import { NextResponse } from "next/server";
import twilio from "twilio";
import { eq } from "drizzle-orm";
import { db, owners } from "@/lib/db";

// Inbound SMS (STOP / START). Twilio signs the request.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_TOKEN!, signature, `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new NextResponse("forbidden", { status: 403 });
  const from = params.From;
  const body = (params.Body ?? "").trim().toUpperCase();
  if (!/^\+\d{8,15}$/.test(from)) return new NextResponse("", { status: 204 });
  if (body === "STOP" || body === "START") {
    // ok: missing-authorization, mass-assignment
    await db.update(owners).set({ smsOptIn: body === "START" }).where(eq(owners.phone, from));
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
