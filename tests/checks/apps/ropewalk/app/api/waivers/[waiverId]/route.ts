import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Waiver from "@/models/Waiver";
import { staffRoleAt } from "@/lib/session";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: { params: Promise<{ waiverId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = objectId.parse((await params).waiverId);
  await dbConnect();
  // ok: missing-authorization
  const waiver = await Waiver.findById(id).select("userId gymId fullName dateOfBirth signedAt version guardianName").lean();
  if (!waiver) return NextResponse.json({ error: "not found" }, { status: 404 });
  const isOwner = String(waiver.userId) === session.user.id;
  // ok: floating-auth-check
  const isDesk = !isOwner && (await staffRoleAt(session.user.id, String(waiver.gymId))) !== null;
  if (!isOwner && !isDesk) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ fullName: waiver.fullName, dateOfBirth: waiver.dateOfBirth, signedAt: waiver.signedAt, version: waiver.version, guardianName: waiver.guardianName });
}
