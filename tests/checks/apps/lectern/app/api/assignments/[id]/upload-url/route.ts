import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";

// Signed upload URL for an assignment submission.
// ok: missing-auth
export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return new NextResponse("Unauthorized", { status: 401 });
  const { id } = await params;
  const assignment = await kdb.selectFrom("assignments").select(["id", "cohort_id"]).where("id", "=", id).executeTakeFirst();
  if (!assignment) return new NextResponse("Not found", { status: 404 });
  const member = await kdb.selectFrom("cohort_members").select("user_id").where("cohort_id", "=", assignment.cohort_id).where("user_id", "=", session.user.id).executeTakeFirst();
  if (!member) return new NextResponse("Forbidden", { status: 403 });
  const { filename } = (await req.json()) as { filename: string };
  const key = `submissions/${session.user.id}/${filename.replace(/[^\w.-]/g, "_")}`;
  const res = await fetch(`${process.env.STORAGE_URL}/presign-put`, { method: "POST", headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}` }, body: JSON.stringify({ key }) });
  const { url } = (await res.json()) as { url: string };
  // ok: excessive-data-exposure
  return NextResponse.json({ url, key });
}

// Instructor: list every upload for a submission id (used by the grader UI).
// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return new NextResponse("Unauthorized", { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const subs = await prisma.submission.findMany({ where: { assignmentId: id }, select: { id: true, userId: true, fileKey: true, grade: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(subs);
}
