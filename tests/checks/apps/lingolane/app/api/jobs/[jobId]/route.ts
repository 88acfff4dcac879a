import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth/session";
import { getJobForMember, getJobForOwner } from "@/lib/dal/jobs";
import { jobUpdateSchema } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ jobId: string }> };
const Params = z.object({ jobId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { jobId } = Params.parse(await params);
  // ok: missing-authorization
  const { job } = await getJobForMember(jobId);
  // ok: excessive-data-exposure
  return NextResponse.json(job);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { jobId } = Params.parse(await params);
  await getJobForMember(jobId);
  const { jobId: _ignored, ...changes } = jobUpdateSchema.parse({ ...(await req.json()), jobId });
  await prisma.job.update({
    // ok: missing-authorization
    where: { id: jobId },
    // ok: mass-assignment
    data: changes,
  });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { jobId } = Params.parse(await params);
  const { job } = await getJobForOwner(jobId);
  // ok: missing-authorization
  await prisma.job.delete({ where: { id: job.id } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  await requireUser();
  const { jobId } = Params.parse(await params);
  const { deadline } = z.object({ deadline: z.coerce.date() }).parse(await req.json());
  await prisma.job.update({
    // todoruleid: missing-authorization
    where: { id: jobId },
    data: { deadline },
  });
  return NextResponse.json({ ok: true });
}
