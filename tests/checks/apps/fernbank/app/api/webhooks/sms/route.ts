import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

/** Inbound SMS from the gateway: members text STOP to opt out. */
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-gateway-signature") ?? "";
  const expected = createHmac("sha256", process.env.SMS_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const form = new URLSearchParams(raw);
  const from = form.get("From");
  const text = (form.get("Body") ?? "").trim().toUpperCase();
  if (typeof from === "string" && /^\+\d{6,15}$/.test(from) && text === "STOP") {
    await prisma.user.updateMany({ where: { phone: from }, data: { phone: null } });
  }
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
