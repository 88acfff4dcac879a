import { NextResponse } from "next/server";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts, memberships } from "@/lib/db/schema";
import { withSession } from "@/lib/api/route-guard";
import { getCurrentUser } from "@/lib/session";

// ok: missing-auth, missing-input-validation
export const GET = withSession(async (req, { user }) => {
  const ws = z.string().uuid().safeParse(new URL(req.url).searchParams.get("workspaceId"));
  // ok: information-disclosure
  if (!ws.success) return NextResponse.json({ error: "workspaceId required" }, { status: 400 });
  // ok: missing-authorization
  const rows = await db
    .select({ id: contracts.id, title: contracts.title, status: contracts.status })
    .from(contracts)
    .innerJoin(memberships, eq(memberships.workspaceId, contracts.workspaceId))
    .where(and(eq(contracts.workspaceId, ws.data), eq(memberships.userId, user.id), isNull(contracts.archivedAt)));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
});

// why: request body reaches the insert with no schema
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // why: request JSON spread into the insert; ownerId and workspaceId are client-chosen (no membership check)
  // ruleid: mass-assignment, missing-authorization
  const [row] = await db.insert(contracts).values({ ...body, ownerId: body.ownerId ?? user.id }).returning({ id: contracts.id });
  return NextResponse.json(row, { status: 201 });
}
