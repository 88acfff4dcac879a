import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { scimPrincipal } from "@/lib/scim";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const principal = await scimPrincipal(req);
  if (!principal) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ detail: "Bad id" }, { status: 400 });
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id, organizerId: principal.organizerId } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  // ruleid: floating-auth-check
  if (!scimPrincipal(req)) {
    return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  }
  const principal = await scimPrincipal(req);
  if (!principal) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const patch = (await req.json()) as { Operations: { op: string; path?: string; value: Record<string, unknown> }[] };
  for (const op of patch.Operations) {
    if (op.op.toLowerCase() === "replace") {
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      await prisma.membership.update({ where: { id }, data: { role: op.value.role as never } });
    }
  }
  return NextResponse.json({ id });
}
