import { prisma } from "@/lib/db";

// Inbound SMS: farmers reply STOP to opt out of alerts.
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const from = form.get("From");
  const body = form.get("Body");
  if (typeof from !== "string" || typeof body !== "string") return new Response("bad request", { status: 400 });
  if (body.trim().toUpperCase() === "STOP") {
    await prisma.member.updateMany({ where: { phone: from }, data: { status: "SMS_OPT_OUT" } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
