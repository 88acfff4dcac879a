import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const staff = await prisma.staffMember.findMany({ where: { practice: { clerkOrgId: orgId } }, select: { id: true, displayName: true, role: true } });
  return NextResponse.json(staff);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!has({ role: "org:practice_admin" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const body = z.object({ clerkUserId: z.string(), displayName: z.string().max(80), email: z.string().email(), role: z.enum(["dentist", "hygienist", "front_desk", "practice_admin"]) }).parse(await req.json());
  const practice = await prisma.practice.findUniqueOrThrow({ where: { clerkOrgId: orgId }, select: { id: true } });
  const row = await prisma.staffMember.create({ data: { ...body, practiceId: practice.id }, select: { id: true } });
  return NextResponse.json(row, { status: 201 });
}
