import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ lotId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { lotId } = await params;
  if (typeof lotId !== "string" || lotId.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const lot = await prisma.lot.findFirst({ where: { id: lotId, pantry: { memberships: { some: { userId: session.user.id } } } }, select: { id: true, sku: true, description: true, quantity: true, status: true } });
  if (!lot) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(lot);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { lotId } = await params;
  if (typeof lotId !== "string" || lotId.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ruleid: missing-authorization
  await prisma.lot.delete({ where: { id: lotId } });
  return new NextResponse(null, { status: 204 });
}
