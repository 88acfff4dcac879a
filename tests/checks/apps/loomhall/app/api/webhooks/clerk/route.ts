import { NextResponse } from "next/server";
import { Webhook } from "svix";
import { prisma } from "@/lib/db/prisma";

type ClerkUserEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[]; first_name?: string } };

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkUserEvent;
  try {
    evt = wh.verify(payload, {
      "svix-id": req.headers.get("svix-id") ?? "",
      "svix-timestamp": req.headers.get("svix-timestamp") ?? "",
      "svix-signature": req.headers.get("svix-signature") ?? "",
    }) as ClerkUserEvent;
  } catch {
    return NextResponse.json({ error: "Bad signature" }, { status: 400 });
  }
  if (evt.type === "user.created") {
    const email = evt.data.email_addresses[0]?.email_address;
    if (!email) return NextResponse.json({ ok: true });
    // ok: mass-assignment
    await prisma.user.upsert({ where: { email }, create: { id: evt.data.id, email, name: evt.data.first_name ?? null, role: "CUSTOMER" }, update: {} });
  }
  return NextResponse.json({ ok: true });
}
