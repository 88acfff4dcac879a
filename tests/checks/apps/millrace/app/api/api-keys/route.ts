import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, apiKeys } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { hashSecret } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const member = await requireMember();
  const rows = await db.select({ id: apiKeys.id, label: apiKeys.label, lastFour: apiKeys.lastFour }).from(apiKeys).where(eq(apiKeys.memberId, member.id));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const member = await requireMember();
  const { label } = z.object({ label: z.string().min(1).max(40) }).parse(await req.json());
  const raw = `mr_${randomBytes(24).toString("hex")}`;
  await db.insert(apiKeys).values({ memberId: member.id, label, keyHash: hashSecret(raw), lastFour: raw.slice(-4) });
  await auditLog({ actorId: member.id, action: "apikey.create" });
  return NextResponse.json({ key: raw }, { status: 201 });
}
