import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

function expectedSignature(url: string, params: URLSearchParams) {
  const data = [...params.keys()].sort().reduce((acc, k) => acc + k + params.get(k), url);
  return createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
}

// Inbound SMS replies ("STOP", "YES" to confirm a visit).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const form = new URLSearchParams(await req.text());
  const signature = req.headers.get("x-twilio-signature") ?? "";
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature("https://pawprint.pet/api/webhooks/twilio", form)) {
    return new Response("forbidden", { status: 403 });
  }
  const from = form.get("From");
  const body = (form.get("Body") ?? "").trim().toUpperCase();
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
  if (body === "STOP") {
    await prisma.user.updateMany({ where: { phone: from }, data: { phone: null } });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
