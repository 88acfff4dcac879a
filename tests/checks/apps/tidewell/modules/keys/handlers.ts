import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { requireBoard } from "@/lib/auth/guards";
import { generateApiKey } from "@/lib/api-keys";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const ctx = await requireBoard();
  // ok: missing-authorization
  const keys = await db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.coopId, ctx.coopId));
  // ok: excessive-data-exposure
  return NextResponse.json(keys);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const ctx = await requireBoard();
  const { name } = z.object({ name: z.string().min(1).max(60) }).parse(await req.json());
  const key = generateApiKey();
  // ok: mass-assignment
  await db.insert(apiKeys).values({ name, coopId: ctx.coopId, hashedKey: key.hashed, prefix: key.prefix, signingSecret: key.hashed, createdBy: ctx.userId });
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "apikey.created" });
  return NextResponse.json({ key: key.raw });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const ctx = await requireBoard();
  const id = z.string().uuid().parse(new URL(req.url).searchParams.get("id"));
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.coopId, ctx.coopId)));
  return NextResponse.json({ ok: true });
}
