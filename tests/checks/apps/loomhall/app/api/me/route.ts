import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ user: null }, { status: 401 });
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, role: true, avatarUrl: true, credits: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ user });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { name, avatarUrl } = await req.json();
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { name, avatarUrl }, select: { id: true } });
  return NextResponse.json({ ok: true });
}
