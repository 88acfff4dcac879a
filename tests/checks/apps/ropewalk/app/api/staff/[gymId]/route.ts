import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import StaffRole from "@/models/StaffRole";
import { requireStaff } from "@/lib/session";
import { objectId, staffRoleSchema } from "@/lib/validation";

type Ctx = { params: Promise<{ gymId: string }> };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: Ctx) {
  const gymId = objectId.parse((await params).gymId);
  await requireStaff(gymId);
  await dbConnect();
  const rows = await StaffRole.find({ gymId, active: true }).select("userId role").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ userId: String(r.userId), role: r.role })));
}

// Owner tool on the old staff screen. Only checks that you're signed in.
// ruleid: missing-audit-log -- fixed in pass 42 (D): StaffRole role upsert not seen as a role change
export async function POST(req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const gymId = objectId.parse((await params).gymId);
  const body = staffRoleSchema.parse({ ...(await req.json()), gymId });
  await dbConnect();
  // ruleid: missing-authorization, mass-assignment
  await StaffRole.updateOne({ gymId, userId: body.userId }, { $set: { role: body.role, active: true, grantedBy: session.user.id } }, { upsert: true });
  return NextResponse.json({ ok: true });
}
