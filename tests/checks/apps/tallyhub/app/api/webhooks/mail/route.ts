import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { subscribers } from "@/db/schema";
import { eq } from "drizzle-orm";

// ok: missing-auth -- HMAC signature checked before the delete
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("x-mail-signature") ?? "";
  const expected = createHmac("sha256", process.env.MAIL_WEBHOOK_SECRET!).update(payload).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return new Response("Invalid signature", { status: 401 });
  }
  const event = JSON.parse(payload) as { type: string; email: string };
  if (event.type === "unsubscribed") {
    await db.delete(subscribers).where(eq(subscribers.email, event.email));
  }
  return new Response("ok");
}
