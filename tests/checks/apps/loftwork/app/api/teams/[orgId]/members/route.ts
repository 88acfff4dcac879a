import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ orgId: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orgId } = await params;
  const me = await db
    .selectFrom("member")
    .select("role")
    .where("organizationId", "=", orgId)
    .where("userId", "=", session.user.id)
    .executeTakeFirst();
  if (!me) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const members = await db
    .selectFrom("member")
    .innerJoin("user", "user.id", "member.userId")
    .select(["member.id", "member.role", "user.name", "user.email"])
    .where("member.organizationId", "=", orgId)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ members });
}
