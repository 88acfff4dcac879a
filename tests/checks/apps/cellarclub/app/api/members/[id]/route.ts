import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { hasStaffRole } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const member = await prisma.member.findUnique({ where: { id }, select: { id: true, wineryId: true, status: true, user: { select: { name: true, email: true } } } });
  // ok: floating-auth-check
  if (!member || !(await hasStaffRole(session.user.id, member.wineryId, ["OWNER", "CLUB_MANAGER", "TASTING_ROOM"]))) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json(member);
}

// ok: missing-auth, missing-input-validation
// ok: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const member = await prisma.member.findUnique({ where: { id }, select: { wineryId: true } });
  // ruleid: floating-auth-check
  if (!member || !hasStaffRole(session.user.id, member.wineryId, ["OWNER"])) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: missing-authorization
  await prisma.member.update({ where: { id }, data: { status: "cancelled" } });
  return NextResponse.json({ cancelled: true });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { tierId } = z.object({ tierId: z.string().cuid() }).parse(await req.json());
  // ruleid: missing-authorization
  await prisma.member.update({
    where: { id },
    data: { tierId },
  });
  return NextResponse.json({ updated: true });
}
