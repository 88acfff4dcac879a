import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { logger } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";

// Twilio delivery-status callback.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const data = process.env.APP_URL + "/api/webhooks/sms" + Object.keys(params).sort().map((k) => k + params[k]).join("");
  const expectedSignature = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return new NextResponse("forbidden", { status: 403 });
  if (typeof params.MessageStatus !== "string" || typeof params.To !== "string") return new NextResponse("bad request", { status: 400 });
  logger.info({ status: params.MessageStatus }, "sms status");
  await prisma.notification.updateMany({ where: { body: { contains: params.To } }, data: { read: params.MessageStatus === "delivered" } });
  return new NextResponse("ok");
}
