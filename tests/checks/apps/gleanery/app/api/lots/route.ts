import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiKey } from "@/lib/auth/api-key";

// POS integration: current stock
// ok: missing-auth
export async function GET(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const lots = await prisma.lot.findMany({ where: { pantryId: key.pantryId, status: "available" }, select: { id: true, sku: true, quantity: true, expiresOn: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(lots);
}

// POS integration: receive stock
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  const lot = await prisma.lot.create({ data: { ...body, pantryId: key.pantryId }, select: { id: true } });
  return NextResponse.json(lot, { status: 201 });
}
