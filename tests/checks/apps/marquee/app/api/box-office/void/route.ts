import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { canManageEvent } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { ticketId } = z.object({ ticketId: z.string().cuid() }).parse(await req.json());
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { eventId: true } });
  if (!ticket) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: floating-auth-check
  const allowed = user.id && canManageEvent(user.id, ticket.eventId);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.ticket.update({ where: { id: ticketId }, data: { status: "void" } });
  await auditLog({ action: "ticket.voided", actorId: user.id, target: ticketId });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const ticketId = new URL(req.url).searchParams.get("ticketId");
  if (!ticketId || !/^c[a-z0-9]{24}$/.test(ticketId)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { eventId: true, status: true } });
  // ok: floating-auth-check
  if (!ticket || !(await canManageEvent(user.id, ticket.eventId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ status: ticket.status });
}
