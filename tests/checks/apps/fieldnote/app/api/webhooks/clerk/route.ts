import { Webhook } from "svix";
import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[] } };

// ok: missing-auth, missing-audit-log, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const h = await headers();
  const payload = await req.text();
  let evt: ClerkEvent;
  try {
    evt = new Webhook(process.env.CLERK_WEBHOOK_SECRET!).verify(payload, {
      "svix-id": h.get("svix-id") ?? "",
      "svix-timestamp": h.get("svix-timestamp") ?? "",
      "svix-signature": h.get("svix-signature") ?? "",
    }) as ClerkEvent;
  } catch (err) {
    logger.warn({ msg: "clerk webhook rejected", err: String(err) });
    // ok: information-disclosure
    return new Response("Invalid signature", { status: 400 });
  }

  if (evt.type === "user.deleted") {
    await prisma.auditLog.create({ data: { action: "staff.user_deleted", target: evt.data.id } });
    logger.warn({ msg: "staff account removed in Clerk", clerkUserId: evt.data.id });
  }
  return new Response("ok");
}
