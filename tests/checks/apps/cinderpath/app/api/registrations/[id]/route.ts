import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  await requireUser();
  const id = z.string().cuid().parse((await params).id);
  // ruleid: missing-authorization
  const reg = await prisma.registration.findUnique({ where: { id }, select: { id: true, bib: true, emergencyContact: true, medicalNotes: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(reg);
}

const patchSchema = z.object({ bibName: z.string().max(16) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await requireUser();
  const id = z.string().cuid().parse((await params).id);
  const { bibName } = patchSchema.parse(await req.json());
  // ok: missing-authorization
  const { count } = await prisma.registration.updateMany({ where: { id, userId: user.id }, data: { bibName } });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: count });
}
