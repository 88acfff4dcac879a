import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if ((session.user as { role?: string }).role !== "ADMIN") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const members = await prisma.user.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(members);
}
