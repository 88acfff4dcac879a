import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { PUBLIC_BERTH_FIELDS, searchFreeBerths } from "@/lib/data/berths";

const query = z.object({ minLength: z.coerce.number().positive().max(120).default(0), sort: z.enum(["code", "length", "rate"]).default("code") });

/** Public berth availability map (embedded on marina websites). */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{2,60}$/.test(slug)) return NextResponse.json({ error: "Unknown marina" }, { status: 404 });
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const marina = await prisma.marina.findFirst({ where: { slug, isPublic: true }, select: { id: true, name: true } });
  if (!marina) return NextResponse.json({ error: "Unknown marina" }, { status: 404 });
  if (q.data.minLength > 0) {
    const free = await searchFreeBerths(marina.id, q.data.minLength, q.data.sort);
    // ok: excessive-data-exposure
    return NextResponse.json({ marina: marina.name, berths: free });
  }
  const berths = await prisma.berth.findMany({ where: { marinaId: marina.id }, select: PUBLIC_BERTH_FIELDS });
  // ok: excessive-data-exposure
  return NextResponse.json({ marina: marina.name, berths });
}
