import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";
import { eventStats, bumpCounter } from "@/lib/analytics";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await verifyApiKey(req, "tickets:read");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const eventId = req.nextUrl.searchParams.get("eventId") ?? "";
  const status = req.nextUrl.searchParams.get("status") ?? "valid";
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; status: string }[]>(
    `SELECT id, status FROM tickets WHERE organizer_id = $1 AND event_id = $2 AND status = '${status}'`,
    principal.organizerId,
    eventId,
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await verifyApiKey(req, "tickets:read");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const body = (await req.json()) as { eventId?: unknown; metric?: unknown };
  if (typeof body.eventId !== "string" || (body.metric !== "views" && body.metric !== "clicks")) {
    return NextResponse.json({ error: "invalid_body" }, { status: 422 });
  }
  // ok: missing-authorization
  const owned = await prisma.event.count({ where: { id: body.eventId, organizerId: principal.organizerId } });
  if (!owned) return NextResponse.json({ error: "not_found" }, { status: 404 });
  await bumpCounter(body.eventId, body.metric);
  const stats = await eventStats(body.eventId, body.metric);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: stats.map((s) => ({ day: s.day, value: s.value })) });
}
