import { createHmac } from "node:crypto";
import { getEm, Booking } from "@/lib/db/orm";

// Guests reply YES / CANCEL to the booking reminder SMS (Twilio number for the UK marinas).
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params: Record<string, string> = {};
  for (const [k, v] of form.entries()) params[k] = String(v);
  const url = `${process.env.APP_URL}/api/webhooks/twilio`;
  const payload = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const expectedSignature = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(payload).digest("base64");
  const signature = req.headers.get("x-twilio-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return new Response("missing signature", { status: 400 });
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) {
    return new Response("forbidden", { status: 403 });
  }

  const from = params.From;
  const text = (params.Body ?? "").trim().toUpperCase();
  if (!/^\+[1-9]\d{6,14}$/.test(from ?? "") || !["YES", "CANCEL"].includes(text)) {
    return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
  }
  const em = await getEm();
  const booking = await em.findOne(Booking, { guestPhone: from, status: "pending" }, { orderBy: { startsOn: "asc" }, fields: ["id"] });
  if (booking) await em.nativeUpdate(Booking, { id: booking.id }, { status: text === "YES" ? "confirmed" : "cancelled" });
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
