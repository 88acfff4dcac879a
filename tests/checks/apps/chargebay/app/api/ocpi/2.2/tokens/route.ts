import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { db } from "@/lib/drizzle";
import { rfidCards } from "@/lib/drizzle/schema";
import { eq } from "drizzle-orm";
import { hashToken } from "@/lib/crypto";

async function partnerFromRequest(req: NextRequest) {
  const header = req.headers.get("authorization") ?? "";
  const m = /^Token ([A-Za-z0-9_-]{20,64})$/.exec(header);
  if (!m) return null;
  return prisma.roamingPartner.findFirst({
    // ok: timing-unsafe-comparison
    where: { tokenAHash: hashToken(m[1]), status: "ACTIVE" },
    select: { id: true, tenantId: true, countryCode: true, partyId: true },
  });
}

// OCPI 2.2 Tokens module (eMSP pushes/pulls token whitelists).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const partner = await partnerFromRequest(req);
  if (!partner) return NextResponse.json({ status_code: 2001, status_message: "Unauthorized" }, { status: 401 });
  const offset = z.coerce.number().int().min(0).max(100_000).catch(0).parse(req.nextUrl.searchParams.get("offset"));
  const cards = await db
    .select({ uid: rfidCards.uid, blocked: rfidCards.blocked })
    .from(rfidCards)
    .where(eq(rfidCards.tenantId, partner.tenantId))
    .limit(100)
    .offset(offset);
  // ok: excessive-data-exposure
  return NextResponse.json({
    status_code: 1000,
    data: cards.map((c) => ({ country_code: partner.countryCode, party_id: partner.partyId, uid: c.uid, type: "RFID", valid: !c.blocked })),
  });
}
