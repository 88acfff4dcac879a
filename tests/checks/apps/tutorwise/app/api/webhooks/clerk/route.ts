import { Webhook } from "svix";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[] } };

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const h = await headers();
  const payload = await req.text();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);
  let evt: ClerkEvent;
  try {
    evt = wh.verify(payload, { "svix-id": h.get("svix-id")!, "svix-timestamp": h.get("svix-timestamp")!, "svix-signature": h.get("svix-signature")! }) as ClerkEvent;
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  if (evt.type === "user.deleted") {
    await prisma.apiKey.updateMany({ where: { userId: evt.data.id }, data: { revokedAt: new Date() } });
    await auditLog({ action: "clerk.user.deleted", target: evt.data.id });
  }
  return new Response("ok");
}
