import { createHmac } from "node:crypto";
import { prisma } from "@/lib/prisma";

/** Delivery receipts for job reminders. */
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, val]) => [k, String(val)]));
  const url = `${process.env.APP_URL}/api/webhooks/twilio`;
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  const expectedSignature = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return new Response("Forbidden", { status: 403 });

  const sid = params.MessageSid;
  const status = params.MessageStatus;
  if (typeof sid === "string" && /^SM[0-9a-f]{32}$/.test(sid) && typeof status === "string" && status.length < 20) {
    await prisma.auditLog.create({ data: { action: "sms.status", target: sid, meta: { status } } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
