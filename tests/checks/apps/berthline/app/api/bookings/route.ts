import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { HaulOutSchema } from "@/lib/schemas";
import { ownsVessel } from "@/lib/guards";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const bookings = await prisma.haulOutBooking.findMany({ where: { userId: session.user.id }, select: { id: true, date: true, status: true, marinaId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(bookings);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = HaulOutSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  if (!(await ownsVessel(session.user.id, parsed.data.vesselId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: mass-assignment
  const booking = await prisma.haulOutBooking.create({ data: { ...parsed.data, userId: session.user.id }, select: { id: true } });
  return NextResponse.json(booking, { status: 201 });
}
