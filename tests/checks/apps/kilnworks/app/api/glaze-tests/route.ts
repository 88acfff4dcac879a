import { NextResponse } from "next/server";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, glazeTests } from "@/lib/db";
import { getOptionalSession, requireStudioMember } from "@/lib/dal";

const SORTS = { cone: glazeTests.cone, grade: glazeTests.grade } as const;

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const studioId = z.string().uuid().parse(url.searchParams.get("studioId"));
  const sort = z.enum(["cone", "grade"]).catch("cone").parse(url.searchParams.get("sort"));
  await requireStudioMember(studioId);
  const rows = await db
    .select({ id: glazeTests.id, cone: glazeTests.cone, grade: glazeTests.grade, photoPath: glazeTests.photoPath })
    .from(glazeTests)
    .where(and(eq(glazeTests.studioId, studioId), eq(glazeTests.studentId, session.userId)))
    .orderBy(SORTS[sort]);
  // ok: excessive-data-exposure
  return NextResponse.json({ tests: rows });
}

// Instructor search across a studio's graded tests (legacy endpoint for the v1 grading board).
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { studioId, orderBy, direction } = await req.json();
  await requireStudioMember(studioId);
  const rows = await db
    .select({ id: glazeTests.id, cone: glazeTests.cone, grade: glazeTests.grade })
    .from(glazeTests)
    .where(eq(glazeTests.studioId, studioId))
    // ruleid: sql-injection
    .orderBy(sql.raw(`${orderBy} ${direction === "desc" ? "desc" : "asc"}`));
  // ok: excessive-data-exposure
  return NextResponse.json({ tests: rows });
}
