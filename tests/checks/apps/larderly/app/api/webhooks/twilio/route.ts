import { NextResponse } from "next/server";
import { hmacHex } from "@/lib/secure-compare";
import { prisma } from "@/lib/db/prisma";

// Inbound SMS replies from households ("STOP", "YES" to a pickup reminder).
// ok: missing-auth, missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-larderly-signature") ?? "";
  const expected = hmacHex(process.env.SMS_WEBHOOK_SECRET!, raw);
  // why: HMAC signature compared with !==
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return new NextResponse("bad signature", { status: 401 });
  const params = new URLSearchParams(raw);
  const from = params.get("From");
  const text = params.get("Body")?.trim().toUpperCase();
  if (!from || !/^\+\d{8,15}$/.test(from) || typeof text !== "string") return new NextResponse("ignored");
  // ok: missing-authorization
  if (text === "STOP") await prisma.household.updateMany({ where: { phone: from }, data: { phone: null } });
  return new NextResponse("<Response/>", { headers: { "content-type": "text/xml" } });
}
