import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";
import { newApiKey } from "@/lib/crypto";
import { audit } from "@/lib/audit";

async function requireAdminApi() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || !(session.user as { nationalAdmin?: boolean }).nationalAdmin) {
    throw new Response("forbidden", { status: 403 });
  }
  return session.user;
}

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(_req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  const id = z.string().uuid().parse((await params).id);
  const key = newApiKey();
  // ok: missing-authorization
  await db.updateTable("partners").set({ apiKeyHash: key.hash, apiKeyPrefix: key.prefix, active: true }).where("id", "=", id).execute();
  await audit.record({ actorId: admin.id, action: "partner.key.rotate", target: id });
  // ok: excessive-data-exposure
  return NextResponse.json({ key: key.raw, prefix: key.prefix }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  await requireAdminApi();
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await db.updateTable("partners").set({ active: false, apiKeyHash: "revoked" }).where("id", "=", id).execute();
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  await requireAdminApi();
  const id = z.string().uuid().parse((await params).id);
  const partner = await db.selectFrom("partners").selectAll().where("id", "=", id).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return NextResponse.json(partner ?? null);
}
