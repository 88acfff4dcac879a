import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { canStewardPlot } from "@/lib/auth/roles";
import { InspectionSchema } from "@/lib/validation/inspections";

type Ctx = { params: Promise<{ plotId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // todoruleid: missing-authorization -- known gap (pass 42, H): Inspection owned only through Plot.holderId not seen as user-scoped
  const inspections = await prisma.inspection.findMany({
    where: { plotId },
    select: { id: true, score: true, condition: true, notes: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(inspections);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const result = v.safeParse(InspectionSchema, { ...(await req.json()), plotId });
  if (!result.success) return NextResponse.json({ error: "Invalid inspection" }, { status: 400 });
  // ok: floating-auth-check
  if (!(await canStewardPlot(user.id, plotId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  const created = await prisma.inspection.create({
    data: { plotId, inspectorId: user.id, score: result.output.score, condition: result.output.condition, notes: result.output.notes },
    select: { id: true },
  });
  return NextResponse.json(created, { status: 201 });
}
