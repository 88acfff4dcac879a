import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ddb } from "@/lib/db/drizzle";
import { scannerDevices } from "@/lib/db/schema";
import { localDb, scanCache } from "@/lib/db/sqlite";
import { prisma } from "@/lib/db/prisma";
import { hashToken, secureCompare } from "@/lib/crypto";

async function deviceFromRequest(req: NextRequest) {
  const token = req.headers.get("x-device-token");
  if (!token) return null;
  const [device] = await ddb
    .select({ id: scannerDevices.id, organizerId: scannerDevices.organizerId })
    .from(scannerDevices)
    .where(eq(scannerDevices.tokenHash, hashToken(token)));
  return device ?? null;
}

const scanBody = z.object({ payload: z.string().regex(/^mq:[a-z0-9]+:[A-Za-z0-9_-]+$/) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const device = await deviceFromRequest(req);
  if (!device) return NextResponse.json({ error: "unknown device" }, { status: 401 });
  const parsed = scanBody.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ result: "unreadable" }, { status: 422 });
  const [, ticketId, secret] = parsed.data.payload.split(":");
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({
    where: { id: ticketId, order: { organizerId: device.organizerId } },
    select: { id: true, qrSecret: true, status: true, eventId: true },
  });
  // ok: timing-unsafe-comparison
  if (!ticket || !secureCompare(ticket.qrSecret, secret)) return NextResponse.json({ result: "invalid" });
  if (ticket.status === "scanned") return NextResponse.json({ result: "duplicate" });
  await prisma.ticket.update({ where: { id: ticket.id }, data: { status: "scanned", scannedAt: new Date() } });
  await localDb.insert(scanCache).values({ ticketId: ticket.id, eventId: ticket.eventId, qrSecret: ticket.qrSecret, scannedAt: Date.now() }).onConflictDoNothing();
  // ok: excessive-data-exposure
  return NextResponse.json({ result: "ok" });
}

// Offline sync: the edge box pulls the cache for an event.
// ruleid: missing-auth
// todoruleid: missing-input-validation -- search params into an ORM lookup are exempt URL strings (helmdesk exports/tickets labels ok)
export async function GET(req: NextRequest) {
  const eventId = req.nextUrl.searchParams.get("eventId") ?? "";
  const rows = await localDb.select().from(scanCache).where(eq(scanCache.eventId, eventId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
