import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { logAuditEvent } from "@/lib/audit";

const Patch = z.object({ name: z.string().min(1).max(120).optional(), slug: z.string().regex(/^[a-z0-9-]+$/).optional() });

// ok: missing-auth, missing-input-validation
export const GET = auth(async (req, ctx) => {
  if (!req.auth?.user) return NextResponse.json({ message: "Not authenticated" }, { status: 401 });
  const { venueId } = (await ctx.params) as { venueId: string };
  // ok: missing-authorization
  const venue = await prisma.venue.findFirst({
    where: { id: venueId, groupId: req.auth.user.groupId },
    select: { id: true, name: true, slug: true },
  });
  if (!venue) return NextResponse.json({ message: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(venue);
});

// ok: missing-auth, missing-input-validation
export const PATCH = auth(async (req, ctx) => {
  if (!req.auth?.user) return NextResponse.json({ message: "Not authenticated" }, { status: 401 });
  const { venueId } = (await ctx.params) as { venueId: string };
  const body = Patch.parse(await req.json());
  // ruleid: missing-authorization
  const venue = await prisma.venue.update({ where: { id: venueId }, data: body });
  // ruleid: excessive-data-exposure
  return NextResponse.json(venue);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const session = await auth();
  if (!session?.user || session.user.role !== "owner") {
    return NextResponse.json({ message: "Forbidden" }, { status: 403 });
  }
  const { venueId } = await params;
  // ok: missing-authorization
  await prisma.venue.deleteMany({ where: { id: venueId, groupId: session.user.groupId } });
  await logAuditEvent({ actorId: session.user.id, action: "venue.deleted", target: venueId });
  return new NextResponse(null, { status: 204 });
}
