import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { db, shareLinks, declarations } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { hashKey } from "@/lib/api-keys";
import { logEvent } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  // ok: information-disclosure
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const { passcode } = z.object({ passcode: z.string().min(6).max(12) }).parse(await req.json());
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)), columns: { id: true } });
  // ok: information-disclosure
  if (!decl) return NextResponse.json({ error: "not found" }, { status: 404 });
  const token = randomBytes(20).toString("hex");
  // ok: mass-assignment
  await db.insert(shareLinks).values({ declarationId: decl.id, importerId: tenant.orgId, token: hashKey(token), passcodeHash: await bcrypt.hash(passcode, 10), expiresAt: new Date(Date.now() + 3 * 86400_000) });
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "share_link.created", target: decl.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ token }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await db.delete(shareLinks).where(and(eq(shareLinks.declarationId, id), eq(shareLinks.importerId, tenant.orgId)));
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const links = await db.select().from(shareLinks).where(and(eq(shareLinks.declarationId, id), eq(shareLinks.importerId, tenant.orgId)));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: links.map((l) => ({ id: l.id, expiresAt: l.expiresAt })) });
}
