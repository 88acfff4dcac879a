import { NextResponse } from "next/server";
import twilio from "twilio";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// Inbound SMS from clients ("STOP", "YES" confirmations).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(Array.from(form.entries()).map(([k, v]) => [k, String(v)]));
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, req.headers.get("x-twilio-signature") ?? "", `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new NextResponse("forbidden", { status: 403 });
  const from = params.From;
  const body = params.Body?.trim().toUpperCase();
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new NextResponse("bad", { status: 400 });
  if (body === "STOP") {
    await prisma.user.updateMany({ where: { phone: from }, data: { phone: null } });
    logger.info("sms.opt_out", { from });
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
