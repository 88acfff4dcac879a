import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { authorAuth } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await prisma.submission.findMany({ where: { authorId: session.user.id }, select: { id: true, title: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// todoruleid: missing-input-validation
export async function DELETE(req: Request) {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = new URL(req.url).searchParams.get("id") as string;
  // ok: missing-authorization
  await prisma.submission.deleteMany({ where: { id, authorId: session.user.id } });
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function PATCH(req: Request) {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  const { id, title } = (await req.json()) as { id: unknown; title: unknown };
  if (typeof id !== "string" || typeof title !== "string") return NextResponse.json({ error: "bad input" }, { status: 400 });
  await prisma.submission.updateMany({ where: { id, authorId: session?.user.id }, data: { title } });
  return NextResponse.json({ ok: true });
}
