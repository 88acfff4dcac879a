import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/prisma";
import { getCurrentSession } from "@/lib/session";
import { canEditJob } from "@/lib/permissions";

const ID_RE = /^c[a-z0-9]{24}$/;

const JobPatch = v.object({
  title: v.optional(v.pipe(v.string(), v.maxLength(140))),
  description: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  scheduledAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!ID_RE.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ruleid: missing-authorization
  const job = await prisma.job.findUnique({
    where: { id },
    select: { id: true, title: true, status: true, scheduledAt: true, description: true },
  });
  // ok: information-disclosure
  if (!job) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(job);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!ID_RE.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const parsed = v.safeParse(JobPatch, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 422 });
  const { scheduledAt, ...rest } = parsed.output;
  // ok: missing-authorization
  const { count } = await prisma.job.updateMany({
    where: { id, workspaceId: session.workspaceId },
    data: { ...rest, ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}) }, // ok: mass-assignment
  });
  return count ? NextResponse.json({ ok: true }) : NextResponse.json({ error: "Not found" }, { status: 404 });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!ID_RE.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ok: floating-auth-check
  const allowed = await canEditJob(session.user.id, id);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.job.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
