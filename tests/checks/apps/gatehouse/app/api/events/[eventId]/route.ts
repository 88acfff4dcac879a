import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";
import { canManageEvent } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ eventId: string }> };
const EVENT_ID = /^c[a-z0-9]{24}$/;

// Public event JSON (used by the mobile app and partners).
// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { eventId } = await params;
  if (!EVENT_ID.test(eventId)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const event = await prisma.event.findFirst({
    where: { id: eventId, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      description: true,
      venue: true,
      startsAt: true,
      ticketTypes: { where: { hidden: false }, select: { id: true, name: true, priceCents: true } },
    },
  });
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(event);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { eventId } = await params;
  const body = await req.json();

  try {
    // ruleid: missing-authorization
    const updated = await prisma.event.update({
      where: { id: eventId },
      // ruleid: mass-assignment
      data: body,
    });
    // ruleid: excessive-data-exposure
    return NextResponse.json(updated);
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).message }, { status: 400 });
  }
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { eventId } = await params;
  if (!EVENT_ID.test(eventId)) return NextResponse.json({ error: "Bad id" }, { status: 400 });

  const allowed = await canManageEvent(session.user.id, eventId);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.event.delete({ where: { id: eventId } });
  return new NextResponse(null, { status: 204 });
}
