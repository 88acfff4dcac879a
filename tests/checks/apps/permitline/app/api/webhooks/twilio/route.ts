import { NextResponse } from "next/server";
import twilio from "twilio";
import { prisma } from "@/lib/db/prisma";

// Inbound SMS: applicants reply STOP / CONFIRM to inspection reminders.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, req.headers.get("x-twilio-signature") ?? "", `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new NextResponse("forbidden", { status: 403 });
  const from = typeof params.From === "string" && /^\+[0-9]{10,15}$/.test(params.From) ? params.From : null;
  if (!from) return new NextResponse("bad request", { status: 400 });
  if (params.Body?.trim().toUpperCase() === "STOP") {
    await prisma.user.updateMany({ where: { phone: from }, data: { phoneVerified: false } });
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
