import { NextResponse, type NextRequest } from "next/server";
import { requireMember } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const user = await requireMember();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT id, "firstName", "lastName" FROM "Player" WHERE "leagueId" = '${user.leagueId}' AND "lastName" ILIKE '%${q}%' LIMIT 20`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const user = await requireMember();
  const { q } = (await req.json()) as { q?: unknown };
  if (typeof q !== "string" || q.length > 50) return NextResponse.json([], { status: 400 });
  // ok: sql-injection
  const rows = await prisma.$queryRaw`SELECT id, "firstName", "lastName" FROM "Player" WHERE "leagueId" = ${user.leagueId} AND "lastName" ILIKE ${"%" + q + "%"} LIMIT 20`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
