import { NextResponse } from "next/server";
import { z } from "zod";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";
import { requireOrg } from "@/lib/auth/clerk";

type Ctx = { params: Promise<{ id: string }> };

// Editors (Auth.js) read offers addressed to their publisher.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const publisherId = (session.user as any).publisherId as string;
  // ok: missing-authorization
  const offer = await prisma.offer.findFirst({ where: { id, publisherId }, select: { id: true, amountCents: true, status: true, editorNotes: true } });
  if (!offer) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(offer);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const { editorNotes } = z.object({ editorNotes: z.string().max(4000) }).parse(await req.json());
  // ruleid: missing-authorization
  const offer = await prisma.offer.update({ where: { id }, data: { editorNotes } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(offer);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireOrg();
  const { id } = await params;
  const offer = await prisma.offer.findUnique({ where: { id }, select: { agencyId: true } });
  if (!offer) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (offer.agencyId !== ctx.agencyId) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.offer.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
