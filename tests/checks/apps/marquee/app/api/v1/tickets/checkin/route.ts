import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";

const body = z.object({ ticketId: z.string().cuid(), qrSecret: z.string().min(16) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await verifyApiKey(req, "checkin:write");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "invalid_body" }, { status: 422 });
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({
    where: { id: parsed.data.ticketId, order: { organizerId: principal.organizerId } },
    select: { id: true, qrSecret: true, status: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!ticket || ticket.qrSecret !== parsed.data.qrSecret) {
    return NextResponse.json({ result: "invalid" }, { status: 404 });
  }
  if (ticket.status !== "valid") return NextResponse.json({ result: "already_used" }, { status: 409 });
  await prisma.ticket.update({ where: { id: ticket.id }, data: { status: "scanned", scannedAt: new Date() } });
  // ok: excessive-data-exposure
  return NextResponse.json({ result: "ok", ticketId: ticket.id });
}
