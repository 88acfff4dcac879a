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
  // ruleid: missing-authorization
  const stipend = await prisma.stipend.findUnique({ where: { id }, select: { id: true, amountCents: true, status: true, volunteerId: true } });
  return NextResponse.json(stipend);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const stipend = await prisma.stipend.findUnique({ where: { id }, select: { volunteerId: true, status: true } });
  if (!stipend || stipend.volunteerId !== session.user.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  if (stipend.status !== "pending") return NextResponse.json({ error: "Already processed" }, { status: 409 });
  // ok: missing-authorization
  await prisma.stipend.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
