import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db, partners, partnerOrders } from "@/lib/db";
import { hmacSha256, secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const ShipmentEvent = v.object({
  partnerId: v.pipe(v.string(), v.uuid()),
  orderId: v.pipe(v.string(), v.uuid()),
  status: v.picklist(["shipped", "delivered", "backordered"]),
});

// Clay suppliers push order status changes here.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const parsed = v.safeParse(ShipmentEvent, JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 400 });
  const partner = await db.query.partners.findFirst({ where: eq(partners.id, parsed.output.partnerId), columns: { id: true, webhookSecret: true } });
  if (!partner) return NextResponse.json({ error: "unknown partner" }, { status: 404 });
  // ok: timing-unsafe-comparison
  if (!secureCompare(req.headers.get("x-supplier-signature") ?? "", hmacSha256(partner.webhookSecret, raw))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  // ok: missing-authorization, mass-assignment
  await db.update(partnerOrders).set({ status: parsed.output.status }).where(and(eq(partnerOrders.id, parsed.output.orderId), eq(partnerOrders.partnerId, partner.id)));
  logger.info({ partner: partner.id, order: parsed.output.orderId }, "supplier status");
  return NextResponse.json({ success: true });
}
