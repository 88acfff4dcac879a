import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/better-auth";
import { isOrganiserMember } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ organiserId: string }> };

// Team page data (settings app, better-auth session).
// ok: missing-auth
// ok: missing-input-validation -- the `[organiserId]` route segment (a string) into ORM filters (LABELS.md)
export async function GET(req: NextRequest, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { organiserId } = await params;

  // ruleid: floating-auth-check
  if (!isOrganiserMember(session.user.id, organiserId)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  const members = await prisma.membership.findMany({
    where: { organiserId },
    include: { user: true },
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ members });
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { organiserId } = await params;
  const { membershipId, ...changes } = (await req.json()) as { membershipId: string } & Record<string, unknown>;

  // ok: floating-auth-check
  if (!(await isOrganiserMember(session.user.id, organiserId, ["OWNER", "ADMIN"]))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  const { count } = await prisma.membership.updateMany({
    where: { id: membershipId, organiserId },
    // ruleid: mass-assignment
    data: changes,
  });
  return NextResponse.json({ updated: count });
}
