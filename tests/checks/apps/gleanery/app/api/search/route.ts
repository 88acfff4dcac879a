import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/pg";

// Global inventory search box in the staff header
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const memberships = await prisma.membership.findMany({ where: { userId }, select: { pantryId: true } });
  const pantryIds = memberships.map((m) => m.pantryId);
  if (pantryIds.length === 0) return NextResponse.json([]);
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT id, sku, description, quantity FROM lots WHERE pantry_id = ANY($1) AND description ILIKE '%${q}%' LIMIT 25`, [pantryIds]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
