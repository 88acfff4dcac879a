import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

function expectedSignature(url: string, params: Record<string, string>) {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, k) => acc + k + params[k], url);
  return createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
}

// delivery receipts for SMS blasts
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const signature = req.headers.get("x-twilio-signature") ?? "";
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature(`${process.env.APP_URL}/api/webhooks/twilio-status`, params)) {
    return new NextResponse("Forbidden", { status: 403 });
  }
  if (params.MessageStatus === "undelivered" && typeof params.To === "string" && /^\+[0-9]{8,15}$/.test(params.To)) {
    await prisma.player.updateMany({ where: { emergencyPhone: params.To }, data: { emergencyPhone: null } });
  }
  return new NextResponse(null, { status: 204 });
}
