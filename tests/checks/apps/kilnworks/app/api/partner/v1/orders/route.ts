import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import * as v from "valibot";
import { db, partnerOrders, studios } from "@/lib/db";
import { authenticatePartner } from "@/lib/partner-auth";
import { apiLimiter } from "@/lib/rate-limit";
import { PartnerOrderSchema } from "@/lib/validation/valibot";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db
    .select({ id: partnerOrders.id, studioId: partnerOrders.studioId, sku: partnerOrders.sku, quantityKg: partnerOrders.quantityKg, status: partnerOrders.status })
    .from(partnerOrders)
    .where(eq(partnerOrders.partnerId, partner.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { success } = await apiLimiter.limit(`partner:${partner.id}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  try {
    const order = v.parse(PartnerOrderSchema, await req.json());
    if (partner.studioId && partner.studioId !== order.studioId) {
      return NextResponse.json({ error: "studio not linked to this partner" }, { status: 403 });
    }
    const studio = await db.query.studios.findFirst({ where: eq(studios.id, order.studioId), columns: { id: true } });
    if (!studio) return NextResponse.json({ error: "unknown studio" }, { status: 404 });
    // ok: mass-assignment, missing-authorization
    const [row] = await db.insert(partnerOrders).values({ ...order, partnerId: partner.id }).returning({ id: partnerOrders.id });
    return NextResponse.json({ id: row.id }, { status: 201 });
  } catch (err) {
    logger.error({ err, partner: partner.id }, "partner order failed");
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 400 });
  }
}
