import { NextResponse } from "next/server";
import { Webhook } from "svix";
import { eq } from "drizzle-orm";
import { db, importers, brokerProfiles } from "@/lib/db";
import { logEvent } from "@/lib/audit";

type ClerkEvent = { type: string; data: { id: string; name?: string } };

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const payload = await req.text();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkEvent;
  try {
    evt = wh.verify(payload, {
      "svix-id": req.headers.get("svix-id") ?? "",
      "svix-timestamp": req.headers.get("svix-timestamp") ?? "",
      "svix-signature": req.headers.get("svix-signature") ?? "",
    }) as ClerkEvent;
  } catch {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
  if (evt.type === "organization.deleted") {
    // ok: missing-authorization
    await db.update(importers).set({ suspended: true }).where(eq(importers.id, evt.data.id));
  }
  if (evt.type === "user.deleted") {
    // ok: missing-authorization
    await db.delete(brokerProfiles).where(eq(brokerProfiles.userId, evt.data.id));
    await logEvent({ actorId: evt.data.id, action: "user.deleted.webhook" });
  }
  return NextResponse.json({ ok: true });
}
