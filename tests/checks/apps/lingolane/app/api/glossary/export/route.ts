import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { getJobForMember } from "@/lib/dal/jobs";
import { requireUser } from "@/lib/auth/session";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const jobId = z.string().cuid().parse(req.nextUrl.searchParams.get("jobId"));
  const { job } = await getJobForMember(jobId);
  // ok: sql-injection, missing-authorization
  const rows = await prisma.$queryRaw<{ source: string; target: string }[]>(Prisma.sql`SELECT source, target FROM "GlossaryTerm" WHERE "jobId" = ${job.id}`);
  const csv = rows.map((r) => `${r.source},${r.target}`).join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  await requireUser();
  const { jobId, orderBy } = await req.json();
  // ruleid: sql-injection, missing-authorization
  const rows = await prisma.$queryRawUnsafe(`SELECT source, target FROM "GlossaryTerm" WHERE "jobId" = '${jobId}' ORDER BY ${orderBy}`);
  return NextResponse.json(rows);
}
