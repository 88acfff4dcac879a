import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";
import { getStaff } from "@/lib/auth/kinde";

// Owners see their own invoice; staff see their clinic's.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const [{ user }, staff] = await Promise.all([validateRequest(), getStaff()]);
  if (!user && !staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { id: true, ownerId: true, clinicId: true, amount: true, status: true, lines: true } });
  if (!invoice) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const allowed = (user && invoice.ownerId === user.id) || (staff && invoice.clinicId === staff.clinicId);
  if (!allowed) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(invoice);
}

// ruleid: missing-auth // todoruleid: missing-input-validation -- policy (pass 21): route params into ORM filters are exempt
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await getStaff();
  await prisma.invoice.update({ where: { id }, data: { status: "void" } });
  if (!staff || staff.role !== "practice_manager") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  return NextResponse.json({ ok: true });
}
