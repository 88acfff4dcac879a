import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";
import { apiLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await verifyApiKey(req, "events:read");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const { success } = await apiLimiter.limit(principal.keyId);
  if (!success) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
  const status = z.enum(["draft", "published", "archived"]).optional().parse(req.nextUrl.searchParams.get("status") ?? undefined);
  // ok: missing-authorization
  const events = await prisma.event.findMany({
    where: { organizerId: principal.organizerId, ...(status ? { status } : {}) },
    select: { id: true, slug: true, title: true, status: true, startsAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: events });
}

const createSchema = z.object({ title: z.string().min(3).max(140), slug: z.string().regex(/^[a-z0-9-]{3,80}$/), startsAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await verifyApiKey(req, "events:write");
  if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const body = createSchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid_body", issues: body.error.issues }, { status: 422 });
  const event = await prisma.event.create({
    // ok: mass-assignment
    data: { ...body.data, organizerId: principal.organizerId },
    select: { id: true, slug: true },
  });
  return NextResponse.json({ data: event }, { status: 201 });
}
