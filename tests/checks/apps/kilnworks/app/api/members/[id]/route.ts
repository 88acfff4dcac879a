import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, users, memberships } from "@/lib/db";
import { getOptionalSession, requireStudioRole } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// Member profile card shown in the studio directory.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().min(1).max(64) }).parse(await params);
  // ruleid: missing-authorization
  const user = await db.query.users.findFirst({ where: eq(users.id, id) });
  if (!user) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

const PatchSchema = z.object({ studioId: z.string().uuid(), status: z.enum(["active", "paused", "cancelled"]), notes: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation
// ok: missing-audit-log -- (gap judge W, L; fixed in pass 29) a membership status/notes update by a manager is no role or permission change
export async function PATCH(req: Request, { params }: Ctx) {
  const membershipId = z.string().uuid().parse((await params).id);
  const body = PatchSchema.parse(await req.json());
  await requireStudioRole(body.studioId, ["owner", "manager"]);
  // ok: missing-authorization, mass-assignment
  await db.update(memberships).set({ status: body.status, notes: body.notes }).where(and(eq(memberships.id, membershipId), eq(memberships.studioId, body.studioId)));
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const membershipId = z.string().uuid().parse((await params).id);
  const studioId = z.string().uuid().parse(new URL(req.url).searchParams.get("studioId"));
  // ruleid: floating-auth-check
  requireStudioRole(studioId, ["owner"]);
  // ok: missing-authorization -- (gap judge W, K; fixed in pass 29) an audit-log entry naming the id is no resource selected by it
  await auditLog({ actorId: session.userId, studioId, action: "member.removed", target: membershipId });
  // ruleid: missing-authorization
  await db.delete(memberships).where(eq(memberships.id, membershipId));
  return new NextResponse(null, { status: 204 });
}
