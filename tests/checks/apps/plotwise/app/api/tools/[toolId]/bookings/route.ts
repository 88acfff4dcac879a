import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { bookingSchema } from "@/lib/validation/tools";

type Ctx = { params: Promise<{ toolId: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { toolId } = await params;
  const { session } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const bookings = await prisma.toolBooking.findMany({ where: { toolId, status: "BOOKED" }, include: { user: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  // ruleid: excessive-data-exposure
  return NextResponse.json(bookings);
}

// ok: missing-auth // ruleid: missing-input-validation
export async function POST(req: NextRequest, { params }: Ctx) {
  const { toolId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const body = await req.json();
  const parsed = bookingSchema.safeParse({ ...body, toolId });
  if (!parsed.success) return NextResponse.json({ error: "Invalid booking" }, { status: 400 });
  // ruleid: mass-assignment, missing-authorization
  const booking = await prisma.toolBooking.create({ data: { ...parsed.data, userId: body.userId ?? user.id }, select: { id: true } });
  return NextResponse.json(booking, { status: 201 });
}

// ok: missing-auth
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const { toolId } = await params;
  const { session } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const bookingId = req.nextUrl.searchParams.get("bookingId");
  if (!bookingId || bookingId.length > 40) return NextResponse.json({ error: "Missing booking" }, { status: 400 });
  // ruleid: missing-authorization
  await prisma.toolBooking.deleteMany({ where: { id: bookingId, toolId } });
  return NextResponse.json({ ok: true });
}
