import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { connectMongo } from "@/lib/mongo";
import { Diagnosis } from "@/models/Diagnosis";
import { prisma } from "@/lib/db";

// Agronomists correct the AI label after a field visit.
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const memberships = await prisma.membership.findMany({ where: { userId: session.user.id, role: { in: ["AGRONOMIST", "OWNER"] } }, select: { coopId: true } });
  await connectMongo();
  const body = await req.json();
  // ok: missing-authorization
  const updated = await Diagnosis.findOneAndUpdate(
    { _id: id, coopId: { $in: memberships.map((m) => m.coopId) } },
    // ruleid: mass-assignment
    body,
    { new: true, projection: { label: 1, confidence: 1 } },
  );
  if (!updated) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ label: updated.label, confidence: updated.confidence });
}
