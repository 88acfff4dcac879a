import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";

// PUBLIC certificate verification by code (linked from LinkedIn).
// ok: missing-auth
// todook: missing-rate-limit -- ambiguous (judge): a public certificate code lookup read as code verification
export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get("code") ?? "";
  if (!/^[A-Z0-9]{12}$/.test(code)) return NextResponse.json({ valid: false }, { status: 400 });
  const cert = await prisma.certificate.findUnique({ where: { code }, select: { code: true, issuedAt: true, revoked: true, courseId: true } });
  if (!cert) return NextResponse.json({ valid: false }, { status: 404 });
  const course = await prisma.course.findUnique({ where: { id: cert.courseId }, select: { title: true } });
  // ok: excessive-data-exposure, information-disclosure
  return NextResponse.json({ valid: !cert.revoked, code: cert.code, issuedAt: cert.issuedAt, course: course?.title });
}

// Older badge embed posts the code in a JSON body.
// todook: missing-auth -- ambiguous (judge): an anonymous read of the holder's whole user row on a public verification page
// todook: missing-rate-limit -- ambiguous (judge): a public certificate code lookup read as code verification
export async function POST(req: NextRequest) {
  const { code } = (await req.json()) as { code?: string };
  if (typeof code !== "string") return NextResponse.json({ valid: false }, { status: 400 });
  const cert = await prisma.certificate.findUnique({ where: { code } });
  const holder = cert ? await prisma.user.findUnique({ where: { id: cert.userId } }) : null;
  // ruleid: excessive-data-exposure
  return NextResponse.json({ certificate: cert, holder });
}
