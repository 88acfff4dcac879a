import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db";

// Guest SMS replies ("C" to cancel). Twilio signs with HMAC-SHA1 over URL + sorted params.
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], "https://kitchenpass.app/api/webhooks/twilio");
  const expectedSignature = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-twilio-signature") !== expectedSignature) {
    return new Response("forbidden", { status: 403 });
  }
  const from = params.From;
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new Response("<Response/>", { headers: { "Content-Type": "text/xml" } });
  if (params.Body?.trim().toUpperCase() === "C") {
    await prisma.reservation.updateMany({ where: { guestPhone: from, startsAt: { gt: new Date() } }, data: { status: "cancelled" } });
  }
  return new Response("<Response/>", { headers: { "Content-Type": "text/xml" } });
}
