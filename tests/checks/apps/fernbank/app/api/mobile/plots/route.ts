import { NextResponse } from "next/server";
import { z } from "zod";
import { getMobileUser } from "@/lib/auth/mobile";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const plots = await prisma.plot.findMany({
    where: { holderId: user.id },
    select: { id: true, number: true, sizeSqm: true, status: true, notes: true, garden: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(plots);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // ok: missing-authorization
  const res = await prisma.plot.updateMany({
    where: { id: body.plotId, holderId: user.id },
    // ruleid: mass-assignment
    data: body.changes,
  });
  return NextResponse.json({ updated: res.count });
}

const noteSchema = z.object({ plotId: z.string().cuid(), notes: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = noteSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  // ok: missing-authorization, mass-assignment
  const res = await prisma.plot.updateMany({ where: { id: parsed.data.plotId, holderId: user.id }, data: { notes: parsed.data.notes } });
  return NextResponse.json({ updated: res.count });
}
