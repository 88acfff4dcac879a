import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireHarbourmaster } from "@/lib/guards";

const CreateBerthSchema = z.object({
  marinaId: z.string().cuid(),
  code: z.string().min(1).max(10),
  lengthM: z.number().positive().max(120),
  dailyRateCents: z.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const marinaId = z.string().cuid().parse(new URL(req.url).searchParams.get("marina"));
  const berths = await prisma.berth.findMany({
    where: { marinaId, marina: { isPublic: true } },
    select: { id: true, code: true, lengthM: true, dailyRateCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(berths);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const input = CreateBerthSchema.parse(await req.json());
  await requireHarbourmaster(input.marinaId);
  // ok: mass-assignment, missing-authorization
  const berth = await prisma.berth.create({ data: input, select: { id: true } });
  return NextResponse.json(berth, { status: 201 });
}
