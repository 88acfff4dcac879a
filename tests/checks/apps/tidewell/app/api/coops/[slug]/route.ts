import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ slug: string }> };

// Public co-op landing data.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { slug } = await params;
  const coop = await prisma.coop.findUnique({ where: { slug }, select: { name: true, region: true, slug: true } });
  if (!coop) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(coop);
}
