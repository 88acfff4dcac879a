import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth/session";
import { getActiveOrg } from "@/lib/auth/org";
import { jobCreateSchema } from "@/lib/validation/schemas";

// Public job board: open jobs, chosen fields only.
// ok: missing-auth
export async function GET(req: NextRequest) {
  const lang = z.string().length(2).optional().parse(req.nextUrl.searchParams.get("lang") ?? undefined);
  const jobs = await prisma.job.findMany({
    where: { status: "open", ...(lang ? { sourceLang: lang } : {}) },
    select: { id: true, title: true, sourceLang: true, targetLangs: true, deadline: true },
    take: 50,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(jobs);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { user, orgId } = await getActiveOrg();
  const body = jobCreateSchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid job" }, { status: 400 });
  const job = await prisma.job.create({
    // ok: mass-assignment
    data: { ...body.data, orgId, createdById: user.id },
    select: { id: true },
  });
  return NextResponse.json(job, { status: 201 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: NextRequest) {
  const user = await requireUser();
  const body = await req.json();
  const job = await prisma.job.create({
    // ruleid: mass-assignment, missing-authorization -- (missing-authorization added in pass 31, fixgap31a) the raw body picks the job's orgId
    data: { ...body, createdById: user.id },
    select: { id: true },
  });
  return NextResponse.json(job, { status: 201 });
}
