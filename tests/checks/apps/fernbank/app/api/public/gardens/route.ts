import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const city = new URL(req.url).searchParams.get("federation");
  if (city !== null && !/^[a-z0-9_]{3,40}$/.test(city)) return NextResponse.json({ error: "Bad federation" }, { status: 400 });
  const gardens = await prisma.garden.findMany({
    where: { isPublic: true, ...(city ? { federationId: city } : {}) },
    select: { id: true, slug: true, name: true, address: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(gardens);
}
