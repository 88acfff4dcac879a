import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { canEditBooking } from "@/lib/guards";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const booking = await prisma.haulOutBooking.findFirst({ where: { id, userId: session.user.id }, select: { id: true, date: true, status: true, notes: true } });
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ruleid: missing-authorization, mass-assignment
  const updated = await prisma.haulOutBooking.update({ where: { id }, data: body, select: { id: true } });
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: floating-auth-check
  if (!(await canEditBooking(session.user.id, id))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.haulOutBooking.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
