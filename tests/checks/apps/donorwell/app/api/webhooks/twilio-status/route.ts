import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db/kysely";

// ok: missing-input-validation
export async function POST(req: Request) {
  const form = await req.formData();
  const params = Object.fromEntries(form) as Record<string, string>;
  const url = `${process.env.APP_URL}/api/webhooks/twilio-status`;
  const data = url + Object.keys(params).sort().map((k) => k + params[k]).join("");
  const digest = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-twilio-signature") !== digest) {
    return new NextResponse("forbidden", { status: 403 });
  }
  if (params.MessageStatus === "undelivered" && typeof params.To === "string") {
    await db.updateTable("donors").set({ smsOptIn: false }).where("phone", "=", params.To).execute();
  }
  return new NextResponse(null, { status: 204 });
}
