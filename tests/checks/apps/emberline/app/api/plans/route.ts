import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ruleid: missing-auth
export async function GET(req: Request) {
  const { orgId } = await auth();
  const status = new URL(req.url).searchParams.get("status") ?? "draft";
  const practice = await prisma.practice.findUnique({ where: { clerkOrgId: orgId ?? "" }, select: { id: true } });
  const plans = await prisma.treatmentPlan.findMany({ where: { practiceId: practice?.id, status }, select: { id: true, title: true, patientId: true } });
  return NextResponse.json(plans);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new NextResponse("Unauthorized", { status: 401 });
  const practice = await prisma.practice.findUniqueOrThrow({ where: { clerkOrgId: orgId }, select: { id: true } });
  const body = await req.json();
  // ruleid: mass-assignment
  const plan = await prisma.treatmentPlan.create({ data: { ...body, practiceId: practice.id, dentistId: userId }, select: { id: true } });
  return NextResponse.json(plan, { status: 201 });
}
