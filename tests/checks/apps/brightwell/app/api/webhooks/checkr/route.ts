import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hmacHex } from "@/lib/secure-compare";

// Background-check provider callback.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-checkr-signature");
  const expected = hmacHex(env.checkrWebhookSecret, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const payload = JSON.parse(raw) as { type: string; data: { object: { id: string; status: string; report_url?: string } } };
  const obj = payload.data.object;
  if (typeof obj.id !== "string" || typeof obj.status !== "string") return NextResponse.json({ ok: false }, { status: 400 });
  // ok: missing-authorization
  const check = await db.backgroundCheck.update({ where: { providerRef: obj.id }, data: { status: obj.status, reportUrl: obj.report_url ?? null }, select: { parentId: true } });
  await db.parent.update({ where: { id: check.parentId }, data: { backgroundStatus: obj.status === "clear" ? "clear" : "flagged" } });
  return NextResponse.json({ ok: true });
}
