import twilio from "twilio";
import { prisma } from "@/lib/db";

// Inbound SMS (STOP / HELP keywords) from Twilio.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, val]) => [k, String(val)]));
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, signature, `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new Response("forbidden", { status: 403 });
  const from = typeof params.From === "string" && /^\+\d{8,15}$/.test(params.From) ? params.From : null;
  if (!from) return new Response("bad request", { status: 400 });
  if (/^\s*stop\s*$/i.test(params.Body ?? "")) {
    const users = await prisma.user.findMany({ where: { phone: from }, select: { id: true } });
    await prisma.notificationPref.updateMany({ where: { userId: { in: users.map((u) => u.id) }, channel: "sms" }, data: { enabled: false } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
