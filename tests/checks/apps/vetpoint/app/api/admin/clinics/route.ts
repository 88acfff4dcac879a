import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requireGroupAdmin } from "@/lib/auth/kinde";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireGroupAdmin();
  const clinics = await prisma.clinic.findMany({ include: { staff: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(clinics);
}

// ok: missing-auth
// ruleid: missing-input-validation // todoruleid: missing-audit-log -- known gap (pass 36, B): a tenant created in the admin API
export async function POST(req: Request) {
  const admin = await requireGroupAdmin();
  const body = await req.json();
  // ruleid: mass-assignment
  const clinic = await prisma.clinic.create({ data: body, select: { id: true } });
  console.log("clinic created", clinic.id, admin.id);
  return NextResponse.json(clinic, { status: 201 });
}
