import { NextResponse } from "next/server";
import { z } from "zod";
import { Prisma } from "@prisma/client";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { hoursForParentName } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const q = z.string().min(2).max(60).parse(new URL(req.url).searchParams.get("q"));
  const pattern = `%${q}%`;
  // ok: sql-injection
  const parents = await db.$queryRaw(Prisma.sql`SELECT id, name FROM "Parent" WHERE "schoolId" = ${schoolId} AND name ILIKE ${pattern} LIMIT 25`);
  return NextResponse.json(parents);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const { name } = z.object({ name: z.string().max(60) }).parse(await req.json());
  const rows = await hoursForParentName(schoolId, name);
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const grade = new URL(req.url).searchParams.get("grade");
  // ruleid: sql-injection
  const kids = await db.$queryRawUnsafe(`SELECT c.id, c.name FROM "Child" c JOIN "Parent" p ON p.id = c."parentId" WHERE p."schoolId" = $1 AND c.grade = ${grade}`, schoolId);
  return NextResponse.json(kids);
}
