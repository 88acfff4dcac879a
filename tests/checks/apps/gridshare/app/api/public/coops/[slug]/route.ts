import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// Public co-op landing data.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = z.string().regex(/^[a-z0-9-]{3,40}$/).parse((await params).slug);
  const coop = await prisma.coop.findUnique({ where: { slug } });
  if (!coop) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(coop);
}
