import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Vercel cron, daily 06:00 UTC: queue reminder e-mails for certificates expiring in 30 days.
// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const soon = new Date(Date.now() + 30 * 864e5);
  const docs = await prisma.complianceDoc.findMany({
    where: { expiresAt: { lte: soon, gte: new Date() } },
    select: { id: true, tenantId: true, subcontractorId: true, kind: true, expiresAt: true },
  });
  for (const d of docs) {
    await prisma.outboxMessage.create({
      data: { channel: "email", to: d.subcontractorId, template: "coi-expiring", payload: { docId: d.id, kind: d.kind, expiresAt: d.expiresAt.toISOString() } },
    });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ queued: docs.length });
}
