import { Webhook } from "svix";
import { headers } from "next/headers";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { auditLog } from "@/lib/audit";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[] } };

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const payload = await req.text();
  const h = await headers();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkEvent;
  try {
    // ok: timing-unsafe-comparison
    evt = wh.verify(payload, {
      "svix-id": h.get("svix-id")!,
      "svix-timestamp": h.get("svix-timestamp")!,
      "svix-signature": h.get("svix-signature")!,
    }) as ClerkEvent;
  } catch {
    // ok: information-disclosure
    return new Response("invalid signature", { status: 400 });
  }
  if (evt.type === "user.deleted") {
    // ok: missing-authorization
    await db.update(users).set({ role: "staff_removed" }).where(eq(users.id, `clerk_${evt.data.id}`));
    await auditLog({ action: "staff.removed", target: evt.data.id });
  }
  return new Response("ok");
}
