import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyPartnerSignature } from "@/lib/webhook-verify";

const Event = z.object({ type: z.literal("booking.cancelled"), bookingId: z.string().cuid(), orgId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const orgId = req.headers.get("x-trailpost-org");
  if (!orgId) return NextResponse.json({ error: "missing org" }, { status: 400 });
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { webhookSecret: true } });
  if (!org?.webhookSecret || !verifyPartnerSignature(body, req.headers.get("x-trailpost-signature"), org.webhookSecret)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const evt = Event.parse(JSON.parse(body));
  // ok: missing-authorization
  await prisma.booking.updateMany({ where: { id: evt.bookingId, trip: { orgId } }, data: { status: "cancelled" } });
  return NextResponse.json({ ok: true });
}
