import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { audit } from "@/lib/audit";
import { objectId } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ id: string }> };

// ruleid: missing-auth, missing-audit-log
// ok: missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  // ruleid: floating-auth-check
  requireRole("admin");
  const id = objectId.parse((await params).id);
  await connectMongo();
  await Staff.deleteOne({ _id: id });
  return new NextResponse(null, { status: 204 });
}

const patchSchema = z.object({ title: z.string().max(80).optional(), active: z.boolean().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  const admin = await requireRole("admin");
  const id = objectId.parse((await params).id);
  const body = patchSchema.parse(await req.json());
  await connectMongo();
  // ok: mass-assignment, missing-authorization
  await Staff.updateOne({ _id: id }, { $set: body });
  await audit({ actorId: admin.userId, actorRole: "admin", action: "staff.updated", target: id, meta: body });
  // ok: excessive-data-exposure
  return NextResponse.json({ ok: true });
}
