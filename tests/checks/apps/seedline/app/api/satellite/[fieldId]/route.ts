import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

// Proxies the vendor's NDVI tile list so the API key never reaches the browser.
// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ fieldId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { fieldId } = await params;
  const field = await prisma.field.findFirst({
    where: { id: fieldId, coopId: { in: (await prisma.membership.findMany({ where: { userId: session.user.id }, select: { coopId: true } })).map((m) => m.coopId) } },
    select: { id: true },
  });
  if (!field) return NextResponse.json({ error: "not found" }, { status: 404 });
  const res = await fetch(`${process.env.SATELLITE_API_URL}/fields/${fieldId}/scenes`, {
    headers: { authorization: `Bearer ${process.env.SATELLITE_API_KEY}` },
  });
  const scenes = (await res.json()) as { id: string; capturedAt: string; ndvi: number; tileUrl: string }[];
  // ok: excessive-data-exposure
  return NextResponse.json(scenes.map((s) => ({ capturedAt: s.capturedAt, ndvi: s.ndvi, tileUrl: s.tileUrl })));
}
