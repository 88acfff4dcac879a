import { NextResponse } from "next/server";
import twilio from "twilio";
import { prisma } from "@/lib/db/prisma";

// Delivery status callbacks for reminder SMS.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(Array.from(form.entries()).map(([k, v]) => [k, String(v)]));
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, req.headers.get("x-twilio-signature") ?? "", `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new NextResponse("forbidden", { status: 403 });
  const reminderId = new URL(req.url).searchParams.get("reminder");
  if (reminderId && /^[a-z0-9]{20,30}$/.test(reminderId) && params.MessageStatus === "delivered") {
    await prisma.reminder.update({ where: { id: reminderId }, data: { sentAt: new Date() } });
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
