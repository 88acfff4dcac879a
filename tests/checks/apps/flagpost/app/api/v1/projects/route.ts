import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { projects } from "@/lib/db/schema";
import { authenticateApiToken, hasScope } from "@/lib/api-token";

// ok: missing-auth
export async function GET(req: Request) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "projects:read")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const rows = await db.select().from(projects).where(eq(projects.orgId, principal.orgId));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation, mass-assignment
export async function POST(req: Request) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "projects:write")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const body = await req.json().catch(() => ({}));
  if (typeof body.name !== "string" || body.name.length < 1 || body.name.length > 60) {
    return NextResponse.json({ error: "name is required" }, { status: 400 });
  }
  const key = body.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 24);
  const id = crypto.randomUUID();
  await db.insert(projects).values({ id, orgId: principal.orgId, name: body.name, key });
  return NextResponse.json({ data: { id, key } }, { status: 201 });
}
