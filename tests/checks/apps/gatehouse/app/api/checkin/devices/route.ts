import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { verifySession } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { doorDevices } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";

const RevokeBody = z.object({ deviceId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const eventId = z.string().cuid().parse(req.nextUrl.searchParams.get("eventId"));
  const event = await prisma.event.findFirst({
    where: { id: eventId, organiser: { memberships: { some: { userId } } } },
    select: { id: true },
  });
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const devices = await db
    .select({ id: doorDevices.id, label: doorDevices.label, pairedAt: doorDevices.pairedAt, revokedAt: doorDevices.revokedAt })
    .from(doorDevices)
    .where(eq(doorDevices.eventId, event.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ devices });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function DELETE(req: NextRequest) {
  // ruleid: floating-auth-check
  verifySession();
  const { deviceId } = RevokeBody.parse(await req.json());
  await db.update(doorDevices).set({ revokedAt: new Date() }).where(eq(doorDevices.id, deviceId));
  return NextResponse.json({ revoked: true });
}
