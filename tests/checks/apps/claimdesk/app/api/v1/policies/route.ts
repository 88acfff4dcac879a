import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateApiKey, withApiKey } from "@/lib/api-keys";

const ListQuery = z.object({ status: z.enum(["quoted", "bound", "active", "cancelled", "expired"]).optional(), take: z.coerce.number().int().min(1).max(200).default(50) });

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("policies:read", async (req, api) => {
  const q = ListQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await prisma.policy.findMany({
    where: { tenantId: api.tenantId, status: q.status },
    select: { id: true, number: true, status: true, premiumCents: true, effectiveAt: true, expiresAt: true },
    take: q.take,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
});

// Partner systems push bound policies here.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const api = await authenticateApiKey(req, "policies:write");
  if (!api) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const body = await req.json();
  try {
    const policy = await prisma.policy.create({
      // ruleid: mass-assignment
      data: { ...body, tenantId: api.tenantId },
      select: { id: true, number: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(policy, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "create_failed", cause: e }, { status: 422 });
  }
}
