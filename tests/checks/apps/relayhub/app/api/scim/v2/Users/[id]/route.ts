import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

async function connectionFor(req: NextRequest, charitySlug: string | null) {
  const bearer = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!charitySlug) return null;
  const conn = await prisma.ssoConnection.findFirst({
    where: { charityId: charitySlug },
    select: { charityId: true, scimTokenHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!conn?.scimTokenHash || sha256(bearer) !== conn.scimTokenHash) return null;
  return conn;
}

type PatchOp = { op: string; path?: string; value?: unknown };

// Deprovisioning via PATCH active=false suspends the membership (role removal).
// ruleid: missing-audit-log
// todoruleid: missing-input-validation -- policy (pass 21): route parameters into ORM filters are exempt; the contract's wording reports them
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const conn = await connectionFor(req, req.headers.get("x-relayhub-charity"));
  if (!conn) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const { Operations } = (await req.json()) as { Operations: PatchOp[] };
  const deactivate = Operations.some((o) => o.path === "active" && o.value === false);
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id, charityId: conn.charityId }, data: { status: deactivate ? "suspended" : "active" } });
  return NextResponse.json({ id, active: !deactivate });
}

// ruleid: missing-audit-log
// todoruleid: missing-input-validation -- policy (pass 21): route parameters into ORM filters are exempt; the contract's wording reports them
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const conn = await connectionFor(req, req.headers.get("x-relayhub-charity"));
  if (!conn) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await prisma.membership.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
