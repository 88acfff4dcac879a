import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireMembership, ForbiddenError } from "@/lib/auth/network";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({
    where: { id, show: { network: { memberships: { some: { userId: session.user.id } } } } },
    select: { id: true, title: true, notes: true, status: true, publishAt: true, durationSec: true },
  });
  if (!ep) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(ep);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  const ep = await prisma.episode.findUnique({ where: { id }, select: { networkId: true } });
  if (!ep) return NextResponse.json({ error: "Not found" }, { status: 404 });
  try {
    await requireMembership(ep.networkId, ["OWNER", "PRODUCER", "EDITOR"]);
  } catch (e) {
    if (e instanceof ForbiddenError) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    throw e;
  }
  // ok: missing-authorization
  // ruleid: mass-assignment
  const updated = await prisma.episode.update({ where: { id }, data: body, select: { id: true } });
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().max(40).parse((await params).id);
  const ep = await prisma.episode.findUnique({ where: { id }, select: { networkId: true } });
  if (!ep) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const m = await prisma.membership.findUnique({ where: { userId_networkId: { userId: session.user.id, networkId: ep.networkId } }, select: { role: true } });
  if (m?.role !== "OWNER" && m?.role !== "PRODUCER") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.episode.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
