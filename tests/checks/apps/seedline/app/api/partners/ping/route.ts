import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// Health check used by input-supplier ERPs; also reports their pending order count.
// ok: missing-auth
export async function GET(req: Request) {
  const supplierApiKey = req.headers.get("x-api-key");
  const supplierId = req.headers.get("x-supplier-id");
  if (!supplierApiKey || !supplierId || !/^[a-z0-9]{10,30}$/.test(supplierId)) return NextResponse.json({ ok: false }, { status: 401 });
  const expected = process.env[`SUPPLIER_KEY_${supplierId.toUpperCase()}`];
  // ruleid: timing-unsafe-comparison
  if (!expected || supplierApiKey !== expected) return NextResponse.json({ ok: false }, { status: 401 });
  const pending = await prisma.contract.count({ where: { buyerId: supplierId, status: "DRAFT" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ ok: true, pending });
}
