import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const principal = await verifyApiKey(req, "orders:read");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "bad_id" }, { status: 400 });
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id, organizerId: principal.organizerId }, include: { tickets: true } });
  if (!order) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: order });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ruleid: floating-auth-check
  const principal = verifyApiKey(req, "orders:write");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "bad_id" }, { status: 400 });
  await prisma.order.update({ where: { id }, data: { status: "cancelled" } });
  return new NextResponse(null, { status: 204 });
}
