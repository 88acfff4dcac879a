import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// Public translator profile page data.
// ok: missing-input-validation
// todook: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const t = await prisma.user.findFirst({
    // ok: missing-authorization
    where: { id, platformRole: "TRANSLATOR" },
    select: { id: true, name: true, bio: true, languages: true, ratePerWord: true },
  });
  if (!t) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(t);
}
