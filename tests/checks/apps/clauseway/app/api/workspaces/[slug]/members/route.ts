import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { memberships, users, workspaces } from "@/lib/db/schema";
import { withSession, memberOrNull } from "@/lib/api/route-guard";
import { getSession } from "@/lib/session";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ slug: string }> };

// ok: missing-auth, missing-input-validation
export const GET = withSession<Ctx>(async (_req, { params, user }) => {
  const slug = z.string().min(1).max(64).parse((await params).slug);
  const m = await memberOrNull(slug, user.id);
  if (!m) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, m.workspace.id));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
});

// why: role change through the REST API; admin-checked but never audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const slug = z.string().min(1).max(64).parse((await params).slug);
  const { userId, role } = z.object({ userId: z.string(), role: z.enum(["admin", "editor", "viewer"]) }).parse(await req.json());
  const me = await memberOrNull(slug, session.user.id);
  if (!me || (me.role !== "owner" && me.role !== "admin")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await db.update(memberships).set({ role }).where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, me.workspace.id)));
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const slug = z.string().min(1).max(64).parse((await params).slug);
  const { userId } = z.object({ userId: z.string() }).parse(await req.json());
  const [ws] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug));
  if (!ws) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // why: any signed-in user removes members from any workspace: no membership/role check on the caller
  // ruleid: missing-authorization
  await db.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, ws.id)));
  await auditLog({ actorId: session.user.id, workspaceId: ws.id, action: "member.remove", target: userId });
  return NextResponse.json({ success: true });
}
