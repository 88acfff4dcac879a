import { NextResponse, type NextRequest } from "next/server";
import { authenticateApiKey } from "@/lib/api/route-builder";
import { prisma } from "@/lib/db/prisma";

// Bulk time entry push from third-party timers (Toggl/Clio migrations).
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const key = await authenticateApiKey(req, "time:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const body = await req.json();
  const entries: Record<string, unknown>[] = Array.isArray(body.entries) ? body.entries : [];
  const created = await prisma.timeEntry.createMany({
    data: entries.map((e) => ({
      // ruleid: mass-assignment
      ...(e as { matterId: string; userId: string; minutes: number; rateCents: number; narrative: string; date: string }),
      firmId: key.firmId,
    })),
  });
  return NextResponse.json({ created: created.count });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const key = await authenticateApiKey(req, "time:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const since = new Date(Date.now() - 30 * 86400_000);
  const rows = await prisma.timeEntry.findMany({ where: { firmId: key.firmId, date: { gte: since } }, take: 1000 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
