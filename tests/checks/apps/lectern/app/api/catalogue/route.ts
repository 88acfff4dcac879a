import { NextResponse, type NextRequest } from "next/server";
import { searchCatalogue, searchCatalogueSafe } from "@/services/catalogue";
import { prisma } from "@/lib/db/prisma";

// PUBLIC catalogue search.
// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const school = req.nextUrl.searchParams.get("school") ?? undefined;
  const results = req.nextUrl.searchParams.get("v") === "2" ? await searchCatalogueSafe(q, school) : await searchCatalogue(q, school);
  // ok: excessive-data-exposure
  return NextResponse.json({ results });
}

// PUBLIC: featured courses for the marketing site.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { schoolSlug } = (await req.json()) as { schoolSlug: string };
  const courses = await prisma.course.findMany({ where: { published: true, school: { slug: String(schoolSlug) } }, take: 12 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(courses);
}
