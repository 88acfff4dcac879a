import { NextResponse } from "next/server";
import { authenticateApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(req: Request, { params }: Params) {
  const key = await authenticateApiKey(req, "courses:read");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  // todoruleid: missing-authorization -- ambiguous (judge): an API key's scope check read as no ownership check
  const course = await prisma.course.findUnique({ where: { id }, select: { id: true, title: true, description: true, priceCents: true, published: true } });
  if (!course) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(course);
}

// ok: missing-auth
export async function DELETE(req: Request, { params }: Params) {
  const key = await authenticateApiKey(req, "courses:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const res = await prisma.course.deleteMany({ where: { id, schoolId: key.schoolId } });
  // ok: information-disclosure
  return res.count ? new NextResponse(null, { status: 204 }) : NextResponse.json({ error: "not_found" }, { status: 404 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Params) {
  const key = await authenticateApiKey(req, "courses:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  try {
    const body = (await req.json()) as { title?: string; published?: boolean };
    const res = await prisma.course.updateMany({ where: { id, schoolId: key.schoolId }, data: { title: body.title, published: body.published } });
    return NextResponse.json({ updated: res.count });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "update_failed", detail: e }, { status: 500 });
  }
}
