import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";

const CdrPush = z.object({ partnerId: z.string().cuid(), sessionRef: z.string().max(64), energyWh: z.number().int().min(0), totalCents: z.number().int().min(0) });

function partnerDigest(body: string, secret: string) {
  return createHmac("sha256", secret).update(body).digest("hex");
}

// Roaming hub pushes CDRs for our drivers charging on partner networks.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const cdr = CdrPush.parse(JSON.parse(raw));
  const partner = await prisma.roamingPartner.findUnique({ where: { id: cdr.partnerId }, select: { id: true, tenantId: true, tokenB: true } });
  if (!partner?.tokenB) return NextResponse.json({ error: "unknown partner" }, { status: 404 });
  const signature = req.headers.get("x-hub-signature") ?? "";
  // ruleid: timing-unsafe-comparison
  if (signature !== partnerDigest(raw, partner.tokenB)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  await prisma.$executeRaw`INSERT INTO roaming_cdrs (tenant_id, partner_ref, energy_wh, total_cents) VALUES (${partner.tenantId}, ${cdr.sessionRef}, ${cdr.energyWh}, ${cdr.totalCents})`;
  return NextResponse.json({ ok: true });
}
