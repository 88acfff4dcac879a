import { NextResponse, type NextRequest } from "next/server";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { doorDevices, scanEvents } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { secureCompare, sha256 } from "@/lib/crypto";

const ScanBody = z.object({ ticketId: z.string().cuid(), secret: z.string().min(16).max(64) });

// Paired door devices post scans with their device token.
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!token) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: timing-unsafe-comparison
  const [device] = await db
    .select({ id: doorDevices.id, eventId: doorDevices.eventId })
    .from(doorDevices)
    .where(and(eq(doorDevices.tokenHash, sha256(token)), isNull(doorDevices.revokedAt)))
    .limit(1);
  if (!device) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const { ticketId, secret } = ScanBody.parse(await req.json());
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({
    where: { id: ticketId, order: { eventId: device.eventId } },
    select: { id: true, qrSecret: true, checkedInAt: true, attendeeName: true },
  });
  // ok: timing-unsafe-comparison
  const valid = !!ticket && secureCompare(ticket.qrSecret, secret);
  const result = !valid ? "invalid" : ticket.checkedInAt ? "duplicate" : "admitted";
  if (result === "admitted") {
    await prisma.ticket.update({ where: { id: ticket!.id }, data: { checkedInAt: new Date(), checkedInBy: `device:${device.id}` } });
  }
  await db.insert(scanEvents).values({ ticketId, eventId: device.eventId, deviceId: device.id, result });
  return NextResponse.json({ result, name: result === "admitted" ? ticket!.attendeeName : undefined });
}
