import twilio from "twilio";
import { prisma } from "@/lib/db";
import { phoneSchema } from "@/lib/validation";

// Inbound SMS (STOP / START keywords).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(Array.from(form.entries()).map(([k, v]) => [k, String(v)]));
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, signature, `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new Response("invalid signature", { status: 403 });
  const from = phoneSchema.safeParse(params.From);
  if (!from.success) return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
  const keyword = (params.Body ?? "").trim().toUpperCase();
  if (keyword === "STOP" || keyword === "START") {
    await prisma.member.updateMany({ where: { phone: from.data }, data: { smsOptOut: keyword === "STOP" } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
