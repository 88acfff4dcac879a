import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { memberships, users } from "@/lib/db/schema";
import { authenticateScim, scimError } from "@/lib/scim/auth";
import { auditLog } from "@/lib/audit";

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Params) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const id = z.string().min(1).max(64).parse((await params).id);
  // ok: missing-authorization
  const [row] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(and(eq(users.id, id), eq(memberships.workspaceId, ws.id)));
  if (!row) return scimError(404, "Not found");
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id, userName: row.email, displayName: row.name });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Params) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const id = z.string().min(1).max(64).parse((await params).id);
  // ok: missing-authorization
  await db.delete(memberships).where(and(eq(memberships.userId, id), eq(memberships.workspaceId, ws.id)));
  await auditLog({ actorId: null, workspaceId: ws.id, action: "scim.user.deprovision", target: id });
  return new NextResponse(null, { status: 204 });
}

// why: SCIM PATCH writes the IdP's Operations value straight into the users row
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: Params) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const { id } = await params;
  const body = await req.json();
  const [member] = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.userId, id), eq(memberships.workspaceId, ws.id)));
  if (!member) return scimError(404, "Not found");
  // why: the raw PATCH value object is written wholesale (isPlatformAdmin, emailVerified...)
  // ruleid: mass-assignment
  await db.update(users).set(body.Operations[0].value).where(eq(users.id, id));
  return NextResponse.json({ id });
}
