import { Webhook } from "svix";
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { logger } from "@/lib/logger";
import { sql } from "@/lib/db";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[]; first_name?: string } };

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const h = await headers();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkEvent;
  try {
    evt = wh.verify(await req.text(), {
      "svix-id": h.get("svix-id")!,
      "svix-timestamp": h.get("svix-timestamp")!,
      "svix-signature": h.get("svix-signature")!,
    }) as ClerkEvent;
  } catch {
    return NextResponse.json({ error: "bad signature" }, { status: 400 });
  }
  if (evt.type === "user.created") {
    const email = evt.data.email_addresses?.[0]?.email_address ?? null;
    // ok: sql-injection
    await sql`insert into instructors (clerk_id, email, first_name) values (${evt.data.id}, ${email}, ${evt.data.first_name ?? null}) on conflict (clerk_id) do nothing`;
  }
  logger.info({ type: evt.type }, "clerk webhook");
  return NextResponse.json({ success: true });
}
