import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { getOptionalSession } from "@/lib/auth/dal";

// Public wine search across published wines of a winery shop.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const q = z.string().min(2).max(60).parse(req.nextUrl.searchParams.get("q"));
  const winery = z.string().cuid().parse(req.nextUrl.searchParams.get("winery"));
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ id: string; name: string; vintage: number }[]>(Prisma.sql`SELECT id, name, vintage FROM "Wine" WHERE "wineryId" = ${winery} AND public = true AND name ILIKE ${"%" + q + "%"} LIMIT 20`);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// Member order search (signed in).
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: NextRequest) {
  const session = await getOptionalSession();
  const { q } = z.object({ q: z.string().min(2).max(60) }).parse(await req.json());
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; status: string }[]>(`SELECT o.id, o.status FROM "Order" o JOIN "Member" m ON m.id = o."memberId" WHERE m."userId" = '${session?.userId}' AND o.status ILIKE '%${q}%'`);
  return NextResponse.json({ data: rows });
}
