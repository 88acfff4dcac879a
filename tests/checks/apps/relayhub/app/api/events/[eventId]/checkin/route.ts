import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { betterAuthServer } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, ORGANIZER_ROLES } from "@/lib/authz";

const Body = z.object({ code: z.string().regex(/^[A-Z0-9]{8}$/) });

// Door staff scan QR tickets.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { eventId } = await params;
  const id = z.string().cuid().parse(eventId);
  const event = await prisma.event.findUnique({ where: { id }, select: { charityId: true } });
  if (!event) return NextResponse.json({ error: "not_found" }, { status: 404 });
  await requireCharityRole(event.charityId, ORGANIZER_ROLES);
  const { code } = Body.parse(await req.json());
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({ where: { checkInCode: code, eventId: id } });
  if (!ticket) return NextResponse.json({ error: "unknown_ticket" }, { status: 404 });
  await prisma.ticket.update({ where: { id: ticket.id }, data: { checkedIn: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(ticket);
}
