import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";
import { donorBelongsToCentre } from "@/lib/guards";
import { audit } from "@/lib/audit";

type Params = { params: Promise<{ id: string }> };

async function staffFromRequest() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) return null;
  return { userId: session.user.id, centreId: session.session.activeOrganizationId };
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Params) {
  const staff = await staffFromRequest();
  if (!staff) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const donor = await db
    .selectFrom("donors")
    .select(["id", "fullName", "bloodType", "phone", "dateOfBirth"])
    .where("id", "=", id)
    .where("centreId", "=", staff.centreId)
    .executeTakeFirst();
  if (!donor) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(donor);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Params) {
  const staff = await staffFromRequest();
  if (!staff) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: floating-auth-check
  if (!(await donorBelongsToCentre(id, staff.centreId))) return NextResponse.json({ error: "not found" }, { status: 404 });
  const body = await req.json();
  // ruleid: mass-assignment
  await db.updateTable("donors").set(body).where("id", "=", id).execute();
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Params) {
  const staff = await staffFromRequest();
  if (!staff) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await db.deleteFrom("donors").where("id", "=", z.string().uuid().parse(id)).execute();
  await audit.record({ actorId: staff.userId, action: "donor.delete", target: id });
  return new NextResponse(null, { status: 204 });
}
