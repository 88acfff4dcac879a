import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const employer = await prisma.employer.findFirst({ where: { scimTokenHash: sha256(token) }, select: { id: true } });
  if (!employer) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  const role = body.Operations?.find((o: any) => o.path === "roles")?.value;
  await prisma.membership.update({
    where: { userId_employerId: { userId: id, employerId: employer.id } },
    // ruleid: mass-assignment
    data: { role },
  });
  return NextResponse.json({ id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const employer = await prisma.employer.findFirst({ where: { scimTokenHash: sha256(token) }, select: { id: true } });
  if (!employer) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || !/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ detail: "bad id" }, { status: 400 });
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_employerId: { userId: id, employerId: employer.id } } });
  return new Response(null, { status: 204 });
}
