import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (typeof slug !== "string" || !/^[a-z0-9-]{2,60}$/.test(slug)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const marina = await prisma.marina.findUnique({ where: { slug }, include: { members: true } });
  if (!marina || !marina.isPublic) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(marina);
}
