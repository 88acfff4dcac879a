import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { z } from "zod";

async function companyFromApiKey(req: Request) {
  const key = req.headers.get("x-api-key");
  if (!key) return null;
  const row = await prisma.apiKey.findFirst({ where: { hash: hashToken(key) }, select: { companyId: true } });
  return row?.companyId ?? null;
}

// ok: missing-auth
export async function GET(req: Request) {
  const companyId = await companyFromApiKey(req);
  if (!companyId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const machines = await prisma.machine.findMany({
    // ok: missing-authorization
    where: { companyId },
    select: { id: true, model: true, category: true, status: true, engineHours: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(machines);
}

const Create = z.object({ depotId: z.string().cuid(), model: z.string(), category: z.string(), dailyRate: z.number().int().positive(), serialNumber: z.string() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const companyId = await companyFromApiKey(req);
  if (!companyId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const input = Create.parse(await req.json());
  const depot = await prisma.depot.findFirst({ where: { id: input.depotId, companyId }, select: { id: true } });
  if (!depot) return NextResponse.json({ error: "unknown depot" }, { status: 404 });
  // ok: mass-assignment, missing-authorization
  const m = await prisma.machine.create({ data: { ...input, companyId }, select: { id: true } });
  return NextResponse.json(m, { status: 201 });
}

// why: the JSON body is used as the update payload with no validation.
// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const companyId = await companyFromApiKey(req);
  if (!companyId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id, ...rest } = await req.json();
  const res = await prisma.machine.updateMany({
    // ok: missing-authorization
    where: { id, companyId },
    // why: the rest of the body (companyId, status, dailyRate) is written wholesale.
    // ruleid: mass-assignment
    data: rest,
  });
  return NextResponse.json({ updated: res.count });
}
