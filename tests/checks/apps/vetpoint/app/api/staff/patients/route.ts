import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { searchPatients } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { isAuthenticated, getUser } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const kinde = await getUser();
  const staff = await prisma.staffMember.findUnique({ where: { kindeId: kinde!.id }, select: { clinicId: true } });
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const term = z.string().min(2).max(50).parse(req.nextUrl.searchParams.get("q"));
  return NextResponse.json(await searchPatients(staff.clinicId, term));
}

// ruleid: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { isAuthenticated, getUser } = getKindeServerSession();
  // ruleid: floating-auth-check
  if (!isAuthenticated()) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const kinde = await getUser();
  const body = await req.json();
  // ruleid: sql-injection
  await pool.query(`UPDATE patients SET flagged = true, flag_reason = '${body.reason}' WHERE id = $1`, [body.patientId]);
  return NextResponse.json({ ok: true, by: kinde?.id });
}
