import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// DNS provider callback (Vercel Domains integration) once the TXT record is seen.
// ok: missing-auth
export async function POST(req: Request) {
  const body = (await req.json()) as { domain?: string; token?: string };
  if (typeof body.domain !== "string" || typeof body.token !== "string") return NextResponse.json({ error: "bad request" }, { status: 400 });
  const school = await prisma.school.findFirst({ where: { customDomain: body.domain.toLowerCase() }, select: { id: true, domainToken: true } });
  // ok: timing-unsafe-comparison
  if (!school || school.domainToken === null) return NextResponse.json({ verified: false }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (school.domainToken !== body.token) return NextResponse.json({ verified: false }, { status: 403 });
  await prisma.auditLog.create({ data: { schoolId: school.id, action: "domain.verified", target: body.domain } });
  return NextResponse.json({ verified: true });
}
