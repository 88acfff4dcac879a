import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth/session";
import { getJobForMember } from "@/lib/dal/jobs";

type Ctx = { params: Promise<{ jobId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { jobId } = z.object({ jobId: z.string().cuid() }).parse(await params);
  await getJobForMember(jobId);
  const bids = await prisma.bid.findMany({
    // ok: missing-authorization
    where: { jobId },
    include: { translator: true },
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json(bids);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const user = await requireUser();
  const { jobId } = z.object({ jobId: z.string().cuid() }).parse(await params);
  const body = z.object({ amountCents: z.number().int().positive(), message: z.string().max(2000).optional() }).parse(await req.json());
  const open = await prisma.job.findFirst({ where: { id: jobId, status: "open" }, select: { id: true } });
  if (!open) return NextResponse.json({ error: "Job is not open for bids" }, { status: 404 });
  const bid = await prisma.bid.create({
    // ok: mass-assignment
    // todook: missing-authorization
    data: { ...body, jobId, translatorId: user.id },
    select: { id: true, status: true },
  });
  return NextResponse.json(bid, { status: 201 });
}
