import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db, fuelDevices, fuelSales } from "@/lib/db";
import { fuelSaleSchema } from "@/lib/validators";
import { hashKey } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// Fuel-dock POS posts each sale with its device key. The key is hashed and looked up.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = req.headers.get("x-device-key") ?? "";
  if (!key.startsWith("hl_dev_")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: timing-unsafe-comparison
  const device = await db.query.fuelDevices.findFirst({ where: and(eq(fuelDevices.apiKeyHash, hashKey(key)), isNull(fuelDevices.revokedAt)), columns: { id: true, organizationId: true } });
  if (!device) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sale = fuelSaleSchema.parse(await req.json());
  // ok: mass-assignment, missing-authorization
  await db.insert(fuelSales).values({ id: randomUUID(), organizationId: device.organizationId, deviceId: device.id, createdAt: new Date(), ...sale });
  logger.info({ event: "fuel.sale", device: device.id, cents: sale.amountCents });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// POS end-of-day: the device asks for its totals.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = req.headers.get("x-device-key") ?? "";
  const prefix = key.slice(0, 11);
  const device = await db.query.fuelDevices.findFirst({ where: eq(fuelDevices.apiKeyPrefix, prefix), columns: { id: true, apiKeyHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!device || device.apiKeyHash !== hashKey(key)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db.select({ litres: fuelSales.litres, amountCents: fuelSales.amountCents }).from(fuelSales).where(eq(fuelSales.deviceId, device.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ count: rows.length, litres: rows.reduce((s, r) => s + r.litres, 0) });
}
