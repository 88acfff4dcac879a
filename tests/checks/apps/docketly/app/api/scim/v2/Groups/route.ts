import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

// Groups endpoint was added later by a different team and does its own token check.
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const token = req.headers.get("authorization")?.slice(7) ?? "";
  const firmSlug = req.headers.get("x-docketly-firm") ?? "";
  const firm = await prisma.firm.findUnique({ where: { slug: firmSlug }, select: { id: true, scimTokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!firm || hashToken(token) !== firm.scimTokenHash) {
    return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  }
  const roles = await prisma.membership.groupBy({ by: ["role"], where: { firmId: firm.id }, _count: true });
  // ok: excessive-data-exposure
  return NextResponse.json({ Resources: roles.map((r) => ({ id: r.role, displayName: r.role, memberCount: r._count })) });
}
