import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-keys";

// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ lotId: string }> }) {
  const principal = await authenticateApiKey(req);
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { lotId } = await params;
  const id = z.string().cuid().parse(lotId);
  // ruleid: missing-authorization
  const lot = await prisma.lot.findUnique({
    where: { id },
    select: { lotNumber: true, crop: true, weightKg: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: lot });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ lotId: string }> }) {
  const principal = await authenticateApiKey(req);
  if (!principal?.scopes.includes("lots:write")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { lotId } = await params;
  const body = await req.json();
  // ok: missing-authorization
  await prisma.lot.updateMany({
    where: { id: lotId, coopId: principal.coopId },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ ok: true });
}
