import { z } from "zod";
import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { submissionSchema } from "@/lib/validators";
import { requireAuthor } from "@/lib/auth/better-auth";

const z_agency = z.string().cuid();
const statusFilter = z.enum(["received", "reading", "requested_full", "declined", "offered"]).optional();

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const status = statusFilter.parse(new URL(req.url).searchParams.get("status") ?? undefined);
  const agency = await prisma.agency.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  // ok: missing-authorization
  const rows = await prisma.submission.findMany({ where: { agencyId: agency?.id ?? "-", status }, select: { id: true, title: true, genre: true, status: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// Authors submit through the portal (better-auth).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const author = await requireAuthor();
  const body = await req.json();
  const parsed = submissionSchema.extend({ agencyId: z_agency }).safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: mass-assignment
  const created = await prisma.submission.create({ data: { ...parsed.data, authorId: author.id }, select: { id: true } });
  return NextResponse.json(created, { status: 201 });
}
