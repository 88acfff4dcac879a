import { NextResponse } from "next/server";
import { createHash } from "node:crypto";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { tdb } from "@/lib/db/drizzle";
import { printers } from "@/lib/db/schema";

// Fleet API (v1) for the on-prem agent: `Authorization: Bearer sw_live_...`.
async function shopForApiKey(req: Request) {
  const raw = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!raw) return null;
  const hashedKey = createHash("sha256").update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findFirst({ where: { hashedKey, revokedAt: null }, select: { shopId: true } });
  return key?.shopId ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const shopId = await shopForApiKey(req);
  if (!shopId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const rows = await tdb.select().from(printers).where(eq(printers.shopId, shopId));
  // why: whole printer rows incl. accessCode and LAN ipAddress
  // ruleid: excessive-data-exposure
  return NextResponse.json({ printers: rows });
}

const Register = z.object({ name: z.string().min(1).max(64), model: z.string().min(1).max(64), nozzleMm: z.number().min(0.1).max(1.2) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const shopId = await shopForApiKey(req);
  if (!shopId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const input = Register.parse(await req.json());
  // ok: mass-assignment
  const [row] = await tdb.insert(printers).values({ ...input, shopId }).returning({ id: printers.id, name: printers.name });
  // ok: excessive-data-exposure
  return NextResponse.json(row, { status: 201 });
}
