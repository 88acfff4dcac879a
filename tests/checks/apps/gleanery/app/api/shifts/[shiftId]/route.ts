import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ shiftId: string }> };

// Public shift calendar
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { shiftId } = z.object({ shiftId: z.string().cuid() }).parse(await params);
  const shift = await prisma.shift.findUnique({ where: { id: shiftId }, select: { id: true, startsAt: true, endsAt: true, capacity: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(shift);
}

const putSchema = z.object({ notes: z.string().max(500) });

// ok: missing-input-validation
// ruleid: missing-auth
export async function PUT(req: Request, { params }: Ctx) {
  const session = await auth();
  const { shiftId } = z.object({ shiftId: z.string().cuid() }).parse(await params);
  const { notes } = putSchema.parse(await req.json());
  await prisma.shift.update({ where: { id: shiftId }, data: { notes: `${notes}\n— ${session?.user?.email}` } });
  return NextResponse.json({ ok: true });
}
