import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hmacSha256 } from "@/lib/crypto";

// Webhook from GateKeep, the third-party turnstile vendor some venues use.
// ok: missing-auth
// todoruleid: missing-input-validation -- HMAC-verified webhook body is exempt corpus-wide (inkwell, kitchenpass label this shape ok)
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-gatekeep-signature");
  const expected = hmacSha256(process.env.GATEKEEP_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const payload = JSON.parse(raw) as { ticketId: string; gate: string; at: string };
  await prisma.ticket.update({ where: { id: payload.ticketId }, data: { status: "scanned", scannedAt: new Date(payload.at) } });
  return NextResponse.json({ ok: true });
}
