import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/kysely";
import { isUuid } from "@/lib/validation";
import { logger } from "@/lib/logger";

// Support tooling: list a workspace's members.
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const orgId = req.nextUrl.searchParams.get("orgId");
  if (!isUuid(orgId)) return NextResponse.json({ error: "orgId required" }, { status: 400 });
  const users = await db.selectFrom("users").select(["id", "email", "name", "role", "created_at"]).where("org_id", "=", orgId).execute();
  logger.info({ orgId, count: users.length }, "support listed workspace members");
  return NextResponse.json({ users });
}
