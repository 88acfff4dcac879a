import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, apiKeys } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { generateKey } from "@/lib/api-keys";
import { logEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const keys = await db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt }).from(apiKeys).where(eq(apiKeys.importerId, tenant.orgId));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: keys });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (tenant.role !== "org:broker" && tenant.role !== "org:admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const body = z.object({ name: z.string().min(1).max(60), scopes: z.array(z.string()).min(1) }).parse(await req.json());
  const key = generateKey();
  await db.insert(apiKeys).values({ importerId: tenant.orgId, name: body.name, scopes: body.scopes, prefix: key.prefix, keyHash: key.hash });
  return NextResponse.json({ key: key.raw }, { status: 201 });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse(new URL(req.url).searchParams.get("id"));
  // ruleid: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "api_key.revoked", target: id });
  return NextResponse.json({ ok: true });
}
