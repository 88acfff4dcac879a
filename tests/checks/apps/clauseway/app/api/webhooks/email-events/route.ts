import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const eventSchema = z.object({ type: z.enum(["email.bounced", "email.complained"]), data: z.object({ to: z.array(z.string().email()).min(1) }) });

function sign(id: string, ts: string, body: string) {
  const secret = Buffer.from(process.env.EMAIL_WEBHOOK_SECRET!.replace(/^whsec_/, ""), "base64");
  return createHmac("sha256", secret).update(`${id}.${ts}.${body}`).digest("base64");
}

/** Bounce/complaint events from the email provider: stop reminders to dead addresses. */
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const id = req.headers.get("svix-id") ?? "";
  const ts = req.headers.get("svix-timestamp") ?? "";
  const expected = Buffer.from(sign(id, ts, raw));
  const provided = Buffer.from((req.headers.get("svix-signature") ?? "").split(",")[1] ?? "");
  // ok: timing-unsafe-comparison
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  try {
    const evt = eventSchema.parse(JSON.parse(raw));
    // ok: missing-authorization
    await prisma.obligation.updateMany({ where: { ownerEmail: { in: evt.data.to } }, data: { status: "email_bounced" } });
    return NextResponse.json({ received: true });
  } catch (e) {
    // why: stack trace returned to the caller
    // ruleid: information-disclosure
    return NextResponse.json({ error: "processing failed", stack: (e as Error).stack }, { status: 500 });
  }
}

/** Older endpoint version (provider "v0" signing, hex digest in a header). */
// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const raw = await req.text();
  const digest = createHmac("sha256", process.env.EMAIL_WEBHOOK_SECRET!).update(raw).digest("hex");
  // why: hex HMAC digest compared with ==
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-webhook-digest") == digest) {
    const evt = eventSchema.parse(JSON.parse(raw));
    // ok: missing-authorization
    await prisma.obligation.updateMany({ where: { ownerEmail: { in: evt.data.to } }, data: { status: "email_bounced" } });
    return NextResponse.json({ received: true });
  }
  return NextResponse.json({ error: "bad signature" }, { status: 401 });
}
