import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await verifySession();
  if (!session.isGroupAdmin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const practices = await prisma.practice.findMany({ select: { id: true, name: true, slug: true, bookingEnabled: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(practices);
}

// ok: missing-auth, missing-input-validation
export async function POST() {
  const session = await verifySession();
  const rows = await sql`select * from practices order by created_at desc`;
  if (!session.isGroupAdmin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
