import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

// LMS integration API: list courses for the key's school.
// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const key = await authenticateApiKey(req, "courses:read");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  // ok: missing-authorization
  const courses = await prisma.course.findMany({ where: { schoolId: key.schoolId }, select: { id: true, title: true, slug: true, published: true, priceCents: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: courses });
}

// ok: missing-auth
export async function POST(req: Request) {
  if (new URL(req.url).searchParams.get("strict") === "1") return createStrict(req);
  const key = await authenticateApiKey(req, "courses:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const body = await req.json();
  if (typeof body?.title !== "string") return NextResponse.json({ error: "title required" }, { status: 422 });
  const course = await prisma.course.create({
    data: {
      // ruleid: mass-assignment
      ...body,
      schoolId: key.schoolId,
    },
    select: { id: true },
  });
  return NextResponse.json({ id: course.id }, { status: 201 });
}

const CourseCreate = z.object({ title: z.string().min(3), slug: z.string().regex(/^[a-z0-9-]+$/), instructorId: z.string() });

// v1.1 behaviour, opted into with ?strict=1.
async function createStrict(req: Request) {
  const key = await authenticateApiKey(req, "courses:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const parsed = CourseCreate.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid_body", issues: parsed.error.issues }, { status: 422 });
  // ok: mass-assignment
  const course = await prisma.course.create({ data: { ...parsed.data, schoolId: key.schoolId }, select: { id: true } });
  return NextResponse.json({ id: course.id }, { status: 201 });
}
