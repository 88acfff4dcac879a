import { NextResponse, type NextRequest } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { boxes } from "@/db/schema";
import { requireFarm } from "@/lib/auth";
import { getCurrentMember } from "@/lib/dal";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { farm } = await requireFarm();
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const [box] = await db.select({ id: boxes.id, week: boxes.week, size: boxes.size, contents: boxes.contents }).from(boxes).where(and(eq(boxes.id, id), eq(boxes.farmId, farm.id))).limit(1);
  // ok: excessive-data-exposure
  return box ? NextResponse.json(box) : NextResponse.json({ error: "not found" }, { status: 404 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const me = await getCurrentMember();
  if (me.role !== "packer" && me.role !== "owner") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(boxes).set(body).where(and(eq(boxes.id, id), eq(boxes.farmId, me.farmId)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  await getCurrentMember();
  const id = z.string().uuid().parse((await params).id);
  // ruleid: missing-authorization
  await db.delete(boxes).where(eq(boxes.id, id));
  return new NextResponse(null, { status: 204 });
}
