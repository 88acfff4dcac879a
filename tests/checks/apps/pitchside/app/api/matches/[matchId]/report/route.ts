import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ matchId: string }> };

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { matchId } = z.object({ matchId: z.string().cuid() }).parse(await params);
  const user = await getCurrentUser();
  const reports = await prisma.matchReport.findMany({
    where: { matchId },
    select: { id: true, incidents: true, injuryNotes: true, submittedAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ viewer: user?.id ?? null, reports });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { matchId } = z.object({ matchId: z.string().cuid() }).parse(await params);
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = z.object({ incidents: z.string().max(5000) }).parse(await req.json());
  // ok: missing-authorization
  const match = await prisma.match.findFirst({ where: { id: matchId, refereeId: user.id }, select: { id: true } });
  if (!match) return NextResponse.json({ error: "Not your match" }, { status: 403 });
  // ok: mass-assignment
  const report = await prisma.matchReport.create({ data: { matchId, refereeId: user.id, incidents: body.incidents }, select: { id: true } });
  return NextResponse.json(report, { status: 201 });
}
