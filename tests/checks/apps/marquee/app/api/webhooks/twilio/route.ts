import twilio from "twilio";
import { prisma } from "@/lib/db/prisma";

// Inbound SMS: "STOP" opt-outs and "TICKETS" requests.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const signature = req.headers.get("x-twilio-signature") ?? "";
  // ok: timing-unsafe-comparison
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, signature, `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new Response("forbidden", { status: 403 });
  const from = params.From;
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
  if (params.Body?.trim().toUpperCase() === "STOP") {
    await prisma.user.updateMany({ where: { phone: from }, data: { phone: null } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
