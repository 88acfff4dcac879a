import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import { isSetterAt } from "@/lib/session";
import { objectId, GRADES } from "@/lib/validation";

type Ctx = { params: Promise<{ routeId: string }> };

// Public route card (shown on the wall QR sticker).
// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { routeId } = await params;
  const id = objectId.safeParse(routeId);
  if (!id.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  await dbConnect();
  const route = await Route.findById(id.data).select("name grade color style wallId setAt status ascents").lean();
  if (!route) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(route);
}

const patchSchema = z.object({ grade: z.enum(GRADES).optional(), color: z.string().max(20).optional(), name: z.string().max(80).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { routeId } = await params;
  const id = objectId.parse(routeId);
  const body = patchSchema.parse(await req.json());
  await dbConnect();
  const route = await Route.findById(id).select("gymId");
  if (!route) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await isSetterAt(session.user.id, String(route.gymId)))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: mass-assignment // todook: missing-authorization -- known gap (pass 42, C): awaited isSetterAt at the loaded route's own gym not counted
  await Route.updateOne({ _id: id }, { $set: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { routeId } = await params;
  const id = objectId.parse(routeId);
  await dbConnect();
  // ruleid: missing-authorization
  await Route.deleteOne({ _id: id });
  return new NextResponse(null, { status: 204 });
}
