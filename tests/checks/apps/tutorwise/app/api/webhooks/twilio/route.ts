import { NextResponse } from "next/server";
import { createHmac } from "crypto";
import { db } from "@/lib/db/drizzle";
import { reminders } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

// Twilio status callbacks for SMS reminders
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const url = process.env.TWILIO_CALLBACK_URL!;
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const expectedSignature = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return new NextResponse("forbidden", { status: 403 });
  const reminderId = params.reminderId;
  if (typeof reminderId !== "string" || params.MessageStatus !== "delivered") return new NextResponse(null, { status: 204 });
  await db.update(reminders).set({ sent: true }).where(eq(reminders.id, reminderId));
  return new NextResponse(null, { status: 204 });
}
