import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db";

// Resend signs webhooks via Svix: "v1,<base64 hmac>" over `${id}.${timestamp}.${body}`.
export async function POST(req: Request) {
  const body = await req.text();
  const id = req.headers.get("svix-id") ?? "";
  const timestamp = req.headers.get("svix-timestamp") ?? "";
  const signatureHeader = req.headers.get("svix-signature") ?? "";
  const secret = Buffer.from((process.env.RESEND_WEBHOOK_SECRET ?? "").replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("base64");
  const signatures = signatureHeader.split(" ").map((s) => s.split(",")[1]);
  // ruleid: timing-unsafe-comparison
  if (!signatures.some((signature) => signature === expected)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = JSON.parse(body) as { type: string; data: { to: string[] } };
  if (event.type === "email.bounced" || event.type === "email.complained") {
    await prisma.newsletterSubscriber.deleteMany({ where: { email: { in: event.data.to } } });
  }
  return NextResponse.json({ ok: true });
}
