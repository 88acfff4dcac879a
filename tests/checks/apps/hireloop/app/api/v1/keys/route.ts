import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-key";
import { generateToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

// Lets an HRIS integration mint a scoped key for a sub-connector.
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const caller = await authenticateApiKey(req);
  if (!caller) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { name } = z.object({ name: z.string().min(1).max(60) }).parse(await req.json());
  const raw = `hl_live_${generateToken(24)}`;
  const key = await db.apiKey.create({
    data: { companyId: caller.companyId, name, prefix: raw.slice(0, 12), hashedKey: sha256(raw) },
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: key.id, key: raw }, { status: 201 });
}

// ruleid: missing-auth
export async function DELETE(req: Request) {
  // ruleid: floating-auth-check
  if (!authenticateApiKey(req)) {
    return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  }
  const id = z.string().cuid().parse(new URL(req.url).searchParams.get("id"));
  await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  await auditLog({ action: "api_key.revoked_via_api", target: id });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-input-validation
export async function GET(req: Request) {
  const raw = req.headers.get("authorization")?.slice(7) ?? "";
  const prefix = z.string().min(12).parse(raw.slice(0, 12));
  const key = await db.apiKey.findFirst({ where: { prefix, revokedAt: null }, select: { id: true, companyId: true, hashedKey: true } });
  // ruleid: timing-unsafe-comparison
  if (!key || key.hashedKey !== sha256(raw)) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  // ok: missing-authorization
  const keys = await db.apiKey.findMany({ where: { companyId: key.companyId }, select: { id: true, name: true, prefix: true, lastUsedAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: keys });
}
