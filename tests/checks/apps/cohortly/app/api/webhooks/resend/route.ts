import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

// Resend (svix) delivery webhooks: bounces mark the volunteer's email as undeliverable.
// ok: missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const id = req.headers.get("svix-id") ?? "";
  const ts = req.headers.get("svix-timestamp") ?? "";
  const secret = Buffer.from((process.env.RESEND_WEBHOOK_SECRET ?? "").replace(/^whsec_/, ""), "base64");
  const digest = createHmac("sha256", secret).update(`${id}.${ts}.${body}`).digest("base64");
  const signatures = (req.headers.get("svix-signature") ?? "").split(" ");
  // ruleid: timing-unsafe-comparison
  if (!signatures.some((s) => s === `v1,${digest}`)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const event = JSON.parse(body) as { type: string; data: { to: string[] } };
  if (event.type === "email.bounced" && typeof event.data?.to?.[0] === "string") {
    await prisma.volunteer.updateMany({ where: { email: event.data.to[0] }, data: { emailVerified: false } });
  }
  return NextResponse.json({ ok: true });
}
