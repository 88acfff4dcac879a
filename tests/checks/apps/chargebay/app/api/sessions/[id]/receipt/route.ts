import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";

// Receipt PDF data for the driver (signed-in) or via the e-mailed receipt token.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().cuid().safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "sign in" }, { status: 401 });
  const cs = await prisma.chargingSession.findUnique({
    where: { id: id.data },
    select: { id: true, driverId: true, startedAt: true, endedAt: true, energyWh: true, totalCents: true, chargerId: true },
  });
  if (!cs || cs.driverId !== session.userId) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: cs.id, startedAt: cs.startedAt, endedAt: cs.endedAt, kwh: cs.energyWh / 1000, total: cs.totalCents / 100 });
}
