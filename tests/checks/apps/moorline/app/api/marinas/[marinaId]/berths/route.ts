import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { requireMarinaAccess } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { listBerthsForMarina } from "@/lib/data/berths";

const marinaIdSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ marinaId: string }> }) {
  const marinaId = marinaIdSchema.parse((await params).marinaId);
  const ctx = await requireMarinaAccess(marinaId);
  const berths = await listBerthsForMarina(ctx.marinaId);
  // ok: excessive-data-exposure
  return NextResponse.json(berths);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ marinaId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const { marinaId } = await params;
  const ctx = await requireMarinaAccess(marinaId);
  if (!hasRole(ctx.role, "HARBOUR_MASTER")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = await req.json();
  const berth = await prisma.berth.create({
    // ruleid: mass-assignment
    data: { ...body, marinaId: ctx.marinaId },
    select: { id: true },
  });
  return NextResponse.json(berth, { status: 201 });
}
