import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { apiKeys } from "@/db/schema";
import { isClubAdmin } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";
import { newToken } from "@/lib/tokens";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const clubId = z.string().uuid().parse(new URL(req.url).searchParams.get("clubId"));
  // ok: floating-auth-check
  if (!(await isClubAdmin(user.id, clubId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const keys = await db.select().from(apiKeys).where(eq(apiKeys.clubId, clubId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(keys);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { clubId, name } = z.object({ clubId: z.string().uuid(), name: z.string().min(1).max(40) }).parse(await req.json());
  // ok: floating-auth-check
  if (!(await isClubAdmin(user.id, clubId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const raw = `cs_live_${newToken(32)}`;
  // ok: mass-assignment, missing-authorization
  await db.insert(apiKeys).values({ clubId, name, keyHash: hashToken(raw), createdBy: user.id });
  await auditLog({ actorId: user.id, action: "api_key.create", target: clubId });
  return NextResponse.json({ key: raw }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { keyId, clubId } = z.object({ keyId: z.string().uuid(), clubId: z.string().uuid() }).parse(await req.json());
  // ok: floating-auth-check
  if (!(await isClubAdmin(user.id, clubId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.delete(apiKeys).where(and(eq(apiKeys.id, keyId), eq(apiKeys.clubId, clubId)));
  return new NextResponse(null, { status: 204 });
}
