import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { memberships } from "@/lib/db/schema";
import { authenticateScim, scimError } from "@/lib/scim/auth";

const GroupPatch = v.object({
  displayName: v.picklist(["Clauseway Admins", "Clauseway Editors", "Clauseway Viewers"]),
  members: v.array(v.object({ value: v.string() })),
});

const ROLE_FOR_GROUP = { "Clauseway Admins": "admin", "Clauseway Editors": "editor", "Clauseway Viewers": "viewer" } as const;

// why: group membership changes = role changes for many users, never audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const ws = await authenticateScim(req);
  if (!ws) return scimError(401, "Invalid token");
  const body = v.parse(GroupPatch, await req.json());
  const role = ROLE_FOR_GROUP[body.displayName];
  for (const m of body.members) {
    // ok: mass-assignment, missing-authorization
    await db.update(memberships).set({ role }).where(and(eq(memberships.userId, m.value), eq(memberships.workspaceId, ws.id)));
  }
  return NextResponse.json({ updated: body.members.length });
}
