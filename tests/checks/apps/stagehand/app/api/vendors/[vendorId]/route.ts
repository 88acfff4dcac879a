import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/kysely";
import { getVendorSession } from "@/lib/auth/vendor-session";

type Ctx = { params: Promise<{ vendorId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getVendorSession();
  if (!session.vendorId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const vendorId = z.string().uuid().parse((await params).vendorId);
  if (vendorId !== session.vendorId) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const vendor = await db.selectFrom("vendors").select(["id", "business_name", "status", "hygiene_rating"]).where("id", "=", vendorId).executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json(vendor);
}

const staffPatch = z.object({ status: z.enum(["pending", "approved", "suspended"]), hygieneRating: z.number().int().min(0).max(5).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!has({ role: "org:production_manager" }) && !has({ role: "org:promoter" })) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const vendorId = z.string().uuid().parse((await params).vendorId);
  const input = staffPatch.parse(await req.json());
  const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", orgId).executeTakeFirstOrThrow();
  // ok: missing-authorization
  await db.updateTable("vendors").set({ status: input.status, hygiene_rating: input.hygieneRating ?? null, approved: input.status === "approved" }).where("id", "=", vendorId).where("festival_id", "=", festival.id).execute();
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- an admin delete route with no audit call (cause 4)
export async function DELETE(_req: Request, { params }: Ctx) {
  const { orgId } = await auth.protect({ role: "org:promoter" });
  const vendorId = z.string().uuid().parse((await params).vendorId);
  const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", orgId!).executeTakeFirstOrThrow();
  // ok: missing-authorization
  await db.deleteFrom("vendors").where("id", "=", vendorId).where("festival_id", "=", festival.id).execute();
  return new NextResponse(null, { status: 204 });
}
