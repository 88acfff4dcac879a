import { auth } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/lib/drizzle";
import { siuReferrals } from "@/lib/drizzle/schema";
import { newToken } from "@/lib/crypto";
import { prisma } from "@/lib/db";

// The SIU team's tooling (a separate Clerk org per carrier) reads referrals from here.
// ok: missing-auth
export async function GET() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db.select().from(siuReferrals).where(eq(siuReferrals.tenantId, orgId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

const Body = v.object({ claimId: v.pipe(v.string(), v.minLength(20), v.maxLength(30)), reason: v.pipe(v.string(), v.maxLength(2000)) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { orgId } = await auth.protect();
  const body = v.parse(Body, await req.json());
  // ok: missing-authorization
  const claim = await prisma.claim.findFirst({ where: { id: body.claimId, tenantId: orgId! }, select: { id: true } });
  if (!claim) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const id = newToken(12);
  // ok: mass-assignment
  await db.insert(siuReferrals).values({ id, tenantId: orgId!, claimId: claim.id, reason: body.reason });
  return NextResponse.json({ id }, { status: 201 });
}
