import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { requireAdmin } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { memberAdminSchema, objectId } from "@/lib/validation";

type Ctx = { params: Promise<{ userId: string }> };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const admin = await requireAdmin();
  const userId = objectId.parse((await params).userId);
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: userId }, { $set: { deletedAt: new Date(), passwordHash: null } });
  await auditLog({ action: "admin.user_deleted", actorId: admin.id, targetId: userId });
  return new NextResponse(null, { status: 204 });
}

// ruleid: missing-audit-log
export async function PATCH(req: NextRequest, { params }: Ctx) {
  await requireAdmin();
  const userId = objectId.parse((await params).userId);
  const body = memberAdminSchema.parse(await req.json());
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: userId }, { $set: body });
  return NextResponse.json({ ok: true });
}
