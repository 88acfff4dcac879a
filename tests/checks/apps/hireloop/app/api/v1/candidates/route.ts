import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-key";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const cursor = z.string().cuid().optional().parse(new URL(req.url).searchParams.get("cursor") ?? undefined);
  // ok: missing-authorization
  const candidates = await db.candidate.findMany({
    where: { companyId: caller.companyId },
    select: { id: true, name: true, email: true, phone: true, source: true },
    take: 100,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: candidates, next: candidates.at(-1)?.id ?? null });
}

const CreateCandidate = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
  source: z.string().max(40).default("hris"),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const parsed = CreateCandidate.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid body", issues: parsed.error.flatten() }, { status: 422 });
  }
  try {
    const created = await db.candidate.create({
      // ok: mass-assignment
      data: { ...parsed.data, companyId: caller.companyId },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(created, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Internal error", stack: (err as Error).stack }, { status: 500 });
  }
}
