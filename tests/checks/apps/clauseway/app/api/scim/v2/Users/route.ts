import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { memberships, users } from "@/lib/db/schema";
import { authenticateScim, scimError } from "@/lib/scim/auth";
import { auditLog } from "@/lib/audit";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().max(100), familyName: z.string().max(100) }).partial().optional(),
  active: z.boolean().default(true),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(memberships.workspaceId, ws.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ Resources: rows.map((u) => ({ id: u.id, userName: u.email, displayName: u.name })), totalResults: rows.length });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const body = scimUser.parse(await req.json());
  const id = crypto.randomUUID();
  // ok: mass-assignment
  await db.insert(users).values({ id, email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null, emailVerified: true }).onConflictDoNothing();
  // ok: mass-assignment, missing-authorization
  await db.insert(memberships).values({ workspaceId: ws.id, userId: id, role: "viewer" });
  await auditLog({ actorId: null, workspaceId: ws.id, action: "scim.user.create", target: id });
  return NextResponse.json({ id, userName: body.userName }, { status: 201 });
}
