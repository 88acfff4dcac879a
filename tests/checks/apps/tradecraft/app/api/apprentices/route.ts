import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";
import { apprenticeRoster, type SortKey } from "@/lib/dal/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await getOrgContext();
  const sort = z.enum(["name", "status", "created"]).catch("name").parse(new URL(req.url).searchParams.get("sort")) as SortKey;
  const rows = await apprenticeRoster(ctx.orgId, sort);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const ctx = await getOrgContext();
  assertRole(ctx, "programme_manager");
  const body = await req.json();
  const [row] = await db
    .insert(apprentices)
    // ruleid: mass-assignment
    .values({ ...body, orgId: ctx.orgId })
    .returning({ id: apprentices.id });
  return NextResponse.json(row, { status: 201 });
}
