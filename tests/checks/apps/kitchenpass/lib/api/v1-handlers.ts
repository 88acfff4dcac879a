import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";
import { ratelimit } from "@/lib/ratelimit";

async function authenticateApiKey(req: NextRequest) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  // ok: timing-unsafe-comparison
  if (raw === "") return null;
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: sha256(raw) },
    select: { userId: true, revokedAt: true, user: { select: { groupId: true } } },
  });
  if (!key || key.revokedAt) return null;
  return { userId: key.userId, groupId: key.user.groupId };
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await authenticateApiKey(req);
  if (!principal) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { success } = await ratelimit.limit(`api:${principal.userId}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const venueId = z.string().cuid().optional().parse(req.nextUrl.searchParams.get("venueId") ?? undefined);
  // ok: missing-authorization
  const staff = await prisma.user.findMany({
    where: { groupId: principal.groupId, ...(venueId ? { shifts: { some: { venueId } } } : {}) },
    select: { id: true, name: true, role: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: staff });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await authenticateApiKey(req);
  if (!principal) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const body = z.object({ email: z.string().email(), name: z.string().max(80) }).safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: body.error.flatten() }, { status: 422 });
  try {
    const user = await prisma.user.create({
      // ok: mass-assignment
      data: { ...body.data, groupId: principal.groupId },
      select: { id: true },
    });
    return NextResponse.json(user, { status: 201 });
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return NextResponse.json({ error: "could not create user" }, { status: 500 });
  }
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest) {
  const principal = await authenticateApiKey(req);
  if (!principal) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const body = await req.json();
  try {
    // ok: missing-authorization
    const user = await prisma.user.update({
      where: { id: body.id, groupId: principal.groupId },
      // ruleid: mass-assignment
      data: body,
    });
    // ruleid: excessive-data-exposure
    return NextResponse.json(user);
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).stack }, { status: 500 });
  }
}
