import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";
import { getCurrentSession } from "@/lib/session";

// ok: missing-auth
export async function GET() {
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const jobs = await prisma.job.findMany({
    where: { workspaceId: session.workspaceId },
    orderBy: { scheduledAt: "asc" },
    take: 200,
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json(jobs);
}

// ruleid: missing-input-validation
export async function POST(req: NextRequest) { // ok: missing-auth
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const job = await prisma.job.create({
    data: { ...body, workspaceId: session.workspaceId, createdById: session.user.id }, // ruleid: mass-assignment
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: job.id }, { status: 201 });
}
