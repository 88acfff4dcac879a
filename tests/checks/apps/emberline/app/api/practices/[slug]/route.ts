import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public practice page data.
// todook: missing-auth // ok: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const practice = await prisma.practice.findUnique({ where: { slug }, select: { name: true, phone: true, bookingEnabled: true } });
  if (!practice) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(practice);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function PATCH(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await req.json();
  if (typeof body.phone !== "string" || body.phone.length > 20) return NextResponse.json({ error: "invalid" }, { status: 400 });
  await prisma.practice.update({ where: { slug }, data: { phone: body.phone }, select: { id: true } });
  return NextResponse.json({ ok: true });
}
