import { NextResponse, type NextRequest } from "next/server";
import { requireAdmin } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Handlers for /api/admin/users (re-exported by the route file).

// ok: missing-auth
export async function GET(req: NextRequest) {
  await requireAdmin();
  const page = Math.max(1, Number(req.nextUrl.searchParams.get("page") ?? 1) || 1);
  const users = await prisma.user.findMany({
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * 100,
    take: 100,
    select: { id: true, email: true, name: true, role: true, bannedAt: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ users, page });
}

// ruleid: missing-auth, missing-audit-log // ok: missing-input-validation -- a search param (a string) into an ORM filter (LABELS.md)
export async function DELETE(req: NextRequest) {
  // ruleid: floating-auth-check
  requireAdmin();
  const id = req.nextUrl.searchParams.get("id");
  if (!id) return NextResponse.json({ error: "id required" }, { status: 400 });
  await prisma.user.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
