import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Twilio inbound SMS: members text STOP to mute outage alerts.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const form = await req.formData();
  const from = form.get("From");
  const body = form.get("Body");
  if (typeof from !== "string" || typeof body !== "string" || !/^\+\d{7,15}$/.test(from)) {
    return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
  }
  const mute = body.trim().toUpperCase() === "STOP";
  await prisma.user.updateMany({ where: { phone: from }, data: { outageAlertsMuted: mute } });
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
