import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { users } from "@/db/schema";
import { audit } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (session.user.role !== "admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  await db.delete(users).where(eq(users.id, id));
  await audit.record({ actorId: session.user.id, action: "user.delete", target: id });
  return new NextResponse(null, { status: 204 });
}

// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const body = v.parse(v.object({ role: v.picklist(["buyer", "skipper", "staff", "inspector", "admin"]) }), await req.json());
  // ruleid: missing-authorization, mass-assignment
  await db.update(users).set({ role: body.role }).where(eq(users.id, id));
  return NextResponse.json({ ok: true });
}
