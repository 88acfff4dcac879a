import { NextResponse, type NextRequest } from "next/server";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { scanEvents } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { verifyScannerSignature } from "@/lib/crypto";

// ScanPoint (third-party turnstile vendor) posts batches of gate scans.
const Batch = z.object({
  eventId: z.string(),
  deviceId: z.string().uuid(),
  scans: z.array(z.object({ ticketId: z.string(), result: z.enum(["admitted", "duplicate", "invalid"]), at: z.string().datetime() })).max(500),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const raw = await req.text();
  // ok: timing-unsafe-comparison
  if (!verifyScannerSignature(raw, req.headers.get("x-scanpoint-signature"))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const batch = Batch.parse(JSON.parse(raw));
  if (batch.scans.length === 0) return NextResponse.json({ stored: 0 });

  await db.insert(scanEvents).values(
    batch.scans.map((s) => ({ ticketId: s.ticketId, eventId: batch.eventId, deviceId: batch.deviceId, result: s.result, scannedAt: new Date(s.at) })),
  );
  const admitted = batch.scans.filter((s) => s.result === "admitted").map((s) => s.ticketId);
  if (admitted.length) {
    await prisma.ticket.updateMany({ where: { id: { in: admitted }, checkedInAt: null }, data: { checkedInAt: new Date(), checkedInBy: `scanpoint:${batch.deviceId}` } });
  }
  const duplicates = await db.select({ ticketId: scanEvents.ticketId }).from(scanEvents).where(inArray(scanEvents.ticketId, admitted));
  return NextResponse.json({ stored: batch.scans.length, seenBefore: duplicates.length });
}
