import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Inbound SMS: donors reply STOP to opt out. (Signature validation is on the backlog.)
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  try {
    const form = await req.formData();
    const from = form.get("From");
    const body = form.get("Body");
    if (typeof from !== "string" || typeof body !== "string" || !/^\+\d{8,15}$/.test(from)) {
      return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
    }
    if (/^\s*(stop|unsubscribe)\s*$/i.test(body)) {
      const donors = await prisma.donor.findMany({ where: { phone: from }, select: { id: true } });
      await prisma.consentRecord.createMany({ data: donors.map((d) => ({ donorId: d.id, channel: "sms", granted: false, source: "twilio-stop" })) });
    }
    return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}
