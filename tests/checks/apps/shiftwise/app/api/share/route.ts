import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";

// Public, password-protected schedule share link for contractors.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const body = z.object({ locationId: z.string().cuid(), password: z.string().min(4).max(100) }).parse(await req.json());
  const loc = await prisma.location.findUnique({ where: { id: body.locationId }, select: { id: true, employerId: true } });
  if (!loc) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const share = await prisma.webhookEndpoint.findFirst({ where: { employerId: loc.employerId, url: `share:${loc.id}` }, select: { secret: true } });
  // ruleid: timing-unsafe-comparison
  if (!share || share.secret !== sha256(body.password)) return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  const shifts = await prisma.shift.findMany({ where: { locationId: loc.id, published: true }, select: { startsAt: true, endsAt: true, positionId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ shifts });
}
