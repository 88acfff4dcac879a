import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/volunteer";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId: session.user.id } });
  if (!visit) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(visit);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const { scheduledAt } = z.object({ scheduledAt: z.coerce.date() }).parse(await req.json());
  // ruleid: missing-authorization
  await prisma.visit.update({ where: { id }, data: { scheduledAt } });
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const { count } = await prisma.visit.deleteMany({ where: { id, volunteerId: session?.user.id, status: "booked" } });
  return NextResponse.json({ deleted: count });
}
