import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) { // ok: missing-auth, missing-input-validation
  const { userId, has } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!has({ permission: "org:users:delete" })) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  try {
    // ok: missing-authorization
    await prisma.user.delete({ where: { id } });
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e instanceof Error ? e.message : "Delete failed" }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect({ permission: "org:users:read" });
  const { id } = await params;
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}
