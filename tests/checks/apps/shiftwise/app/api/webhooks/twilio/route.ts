import twilio from "twilio";
import { prisma } from "@/lib/db";

// Inbound SMS: employees reply "YES" to claim an open shift offer.
// ok: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const valid = twilio.validateRequest(process.env.TWILIO_TOKEN!, req.headers.get("x-twilio-signature") ?? "", `${process.env.APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new Response("forbidden", { status: 403 });
  const from = typeof params.From === "string" ? params.From : "";
  const body = typeof params.Body === "string" ? params.Body.trim().toUpperCase() : "";
  const emp = await prisma.employee.findFirst({ where: { phone: from }, select: { id: true } });
  if (emp && body === "YES") {
    const offer = await prisma.shift.findFirst({ where: { isOpen: true, notes: { contains: `offer:${emp.id}` } }, select: { id: true } });
    if (offer) await prisma.shift.update({ where: { id: offer.id }, data: { employeeId: emp.id, isOpen: false } });
  }
  return new Response("<Response><Message>Thanks!</Message></Response>", { headers: { "content-type": "text/xml" } });
}
