import { NextResponse } from "next/server";
import * as v from "valibot";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOrgRole } from "@/lib/auth/dal";

type Ctx = { params: Promise<{ permitId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const permitId = v.parse(v.pipe(v.string(), v.minLength(20), v.maxLength(30)), (await params).permitId);
  const permit = await prisma.permit.findUnique({ where: { id: permitId }, select: { id: true, agency: true, number: true, expiresOn: true, trip: { select: { orgId: true } } } });
  if (!permit) return NextResponse.json({ error: "not found" }, { status: 404 });
  const role = await getOrgRole(permit.trip.orgId, userId);
  if (!role) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const docs = await kdb.selectFrom("permit_docs").select(["id", "file_url"]).where("permit_id", "=", permit.id).execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ agency: permit.agency, number: permit.number, expiresOn: permit.expiresOn, docs });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const permitId = v.parse(v.string(), (await params).permitId);
  const permit = await prisma.permit.findUnique({ where: { id: permitId }, select: { trip: { select: { orgId: true } } } });
  if (!permit) return NextResponse.json({ error: "not found" }, { status: 404 });
  // why: getOrgRole is async; the Promise is always truthy so `!getOrgRole(...)` is always false
  // ruleid: floating-auth-check
  if (!getOrgRole(permit.trip.orgId, userId)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // why: the only membership check is the floating one above; any signed-in user deletes any permit
  // ruleid: missing-authorization
  await prisma.permit.delete({ where: { id: permitId } });
  return new NextResponse(null, { status: 204 });
}
