import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiKey, authenticateLegacyKey } from "@/lib/api-keys";

const item = z.object({ workshopId: z.string().cuid(), seats: z.number().int().min(1).max(40) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const caller = (await authenticateApiKey(req)) ?? (await authenticateLegacyKey(req));
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const parsed = item.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  const workshop = await prisma.workshop.findFirst({ where: { id: parsed.data.workshopId, studio: { ownerId: caller.userId } }, select: { id: true } });
  if (!workshop) return NextResponse.json({ error: "Not found" }, { status: 404 });
  try {
    // ok: missing-authorization, mass-assignment
    await prisma.workshop.update({ where: { id: workshop.id }, data: { seats: parsed.data.seats }, select: { id: true } });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
export async function GET(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const workshops = await prisma.workshop.findMany({ where: { studio: { ownerId: caller.userId } } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ workshops });
}
