import { NextResponse } from "next/server";
import { Webhook } from "svix";
import { db, members } from "@/lib/db";
import { eq } from "drizzle-orm";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[]; first_name?: string } };

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkEvent;
  try {
    evt = wh.verify(payload, {
      "svix-id": req.headers.get("svix-id")!,
      "svix-timestamp": req.headers.get("svix-timestamp")!,
      "svix-signature": req.headers.get("svix-signature")!,
    }) as ClerkEvent;
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 400 });
  }
  if (evt.type === "user.created") {
    await db.insert(members).values({
      clerkUserId: evt.data.id,
      email: evt.data.email_addresses?.[0]?.email_address ?? "",
      displayName: evt.data.first_name ?? "Maker",
    });
  } else if (evt.type === "user.deleted") {
    await db.delete(members).where(eq(members.clerkUserId, evt.data.id));
  }
  return NextResponse.json({ ok: true });
}
