import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";

const Query = z.object({
  q: z.string().max(80).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

// Public charger map (no auth by design).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const parsed = Query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return NextResponse.json({ error: "bad query" }, { status: 400 });
  const sites = await prisma.site.findMany({
    where: { isPublic: true, ...(parsed.data.q ? { name: { contains: parsed.data.q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true, address: true, latitude: true, longitude: true, chargers: { select: { status: true, maxPowerKw: true } } },
    take: 200,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ sites });
}
