import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms, members } from "@/db/schema";

type Ctx = { params: Promise<{ farmId: string }> };

// Coordinators download the member list of their farm.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!has({ role: "org:coordinator" }) && !has({ role: "org:owner" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const farmId = z.string().uuid().parse((await params).farmId);
  const [farm] = await db.select({ id: farms.id }).from(farms).where(and(eq(farms.id, farmId), eq(farms.clerkOrgId, orgId))).limit(1);
  if (!farm) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  const rows = await db.select().from(members).where(eq(members.farmId, farm.id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const farmId = z.string().uuid().parse((await params).farmId);
  const body = z.object({ email: z.string().email(), fullName: z.string().max(100) }).parse(await req.json());
  // todoruleid: missing-authorization
  const [row] = await db.insert(members).values({ ...body, farmId, clerkUserId: "pending" }).returning({ id: members.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}
