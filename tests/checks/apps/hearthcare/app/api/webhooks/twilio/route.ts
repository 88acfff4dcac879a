import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { kdb } from "@/lib/db/kysely";

// Inbound SMS replies from caregivers ("YES" to accept a shift).
// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])).valueOf() as Record<string, string>;
  const url = `https://app.hearthcare.app/api/webhooks/twilio`;
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const expected = createHmac("sha1", process.env.TWILIO_TOKEN!).update(data).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-twilio-signature") !== expected) return new NextResponse("forbidden", { status: 403 });
  const from = params.From;
  const body = (params.Body ?? "").trim().toUpperCase();
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return new NextResponse("bad", { status: 400 });
  if (body === "STOP") await kdb.deleteFrom("device_tokens").where("platform", "=", `sms:${from}`).execute();
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
