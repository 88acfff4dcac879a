import { NextResponse } from "next/server";
import twilio from "twilio";
import { prisma } from "@/lib/db/prisma";

// Twilio inbound SMS (STOP handling); validateRequest checks the X-Twilio-Signature
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const valid = twilio.validateRequest(
    process.env.TWILIO_AUTH_TOKEN!,
    req.headers.get("x-twilio-signature") ?? "",
    `${process.env.APP_URL}/api/sms/inbound`,
    params,
  );
  if (!valid) return new NextResponse("Forbidden", { status: 403 });
  const from = params.From;
  if (typeof from !== "string" || !/^\+[0-9]{8,15}$/.test(from)) return new NextResponse(null, { status: 204 });
  if (params.Body?.trim().toUpperCase() === "STOP") {
    await prisma.player.updateMany({ where: { emergencyPhone: from }, data: { emergencyPhone: null } });
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
