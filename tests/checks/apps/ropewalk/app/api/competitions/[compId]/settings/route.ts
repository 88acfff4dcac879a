import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import { canManageGym } from "@/lib/session";
import { objectId } from "@/lib/validation";

// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ compId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const compId = objectId.parse((await params).compId);
  const body = await req.json();
  await dbConnect();
  const comp = await Competition.findById(compId).select("gymId");
  if (!comp) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (!canManageGym(session.user.id, String(comp.gymId)) && session.user.role !== "admin") {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  // ruleid: mass-assignment, missing-authorization
  await Competition.updateOne({ _id: compId }, { $set: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: { params: Promise<{ compId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const compId = objectId.parse((await params).compId);
  await dbConnect();
  const comp = await Competition.findById(compId).select("gymId title format startsAt status").lean();
  if (!comp) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await canManageGym(session.user.id, String(comp.gymId)))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: excessive-data-exposure
  return NextResponse.json({ title: comp.title, format: comp.format, startsAt: comp.startsAt, status: comp.status });
}
