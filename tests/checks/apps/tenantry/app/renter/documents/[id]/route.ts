import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { getRenterSession } from "@/lib/renter-session";
import { presignDownload } from "@/services";

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getRenterSession();
  if (!session.renterId) {
    return NextResponse.json({ error: "Sign in required" }, { status: 401 });
  }
  const { id } = await params;
  // ok: missing-authorization
  const doc = await prisma.document.findFirst({
    where: { id, renterId: session.renterId },
    select: { storageKey: true, title: true },
  });
  // ok: information-disclosure
  if (!doc) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const url = await presignDownload(doc.storageKey);
  return NextResponse.redirect(url);
}

// ok: missing-auth
export async function HEAD(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getRenterSession();
  if (!session.renterId) return new NextResponse(null, { status: 401 });
  const { id } = await params;
  const doc = await prisma.document.findUnique({ where: { id }, select: { renterId: true, signed: true } });
  if (!doc || doc.renterId !== session.renterId) return new NextResponse(null, { status: 404 });
  return new NextResponse(null, { status: 200, headers: { "x-signed": String(doc.signed) } });
}

// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getRenterSession();
  if (!session.renterId) return NextResponse.json({ error: "Sign in required" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const deleted = await prisma.document.delete({ where: { id }, select: { id: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ deleted: deleted.id });
}
