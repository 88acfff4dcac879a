import { NextResponse } from "next/server";
import { and, eq, gt } from "drizzle-orm";
import { z } from "zod";
import { db, shareLinks, declarations } from "@/lib/db";
import { hashKey } from "@/lib/api-keys";
import { safeEqual } from "@/lib/secure-compare";
import { limitByIp } from "@/lib/ratelimit";

// Public share link: token in the path, passcode in the body.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  await limitByIp("share-api", 10, 600);
  const token = z.string().length(40).parse((await params).token);
  const { passcode } = z.object({ passcode: z.string().min(6).max(12) }).parse(await req.json());
  const link = await db.query.shareLinks.findFirst({ where: and(eq(shareLinks.token, hashKey(token)), gt(shareLinks.expiresAt, new Date())), columns: { declarationId: true, passcodeHash: true } });
  // ok: information-disclosure
  if (!link) return NextResponse.json({ error: "Link expired or passcode wrong" }, { status: 404 });
  // ok: timing-unsafe-comparison
  if (!safeEqual(hashKey(passcode), link.passcodeHash)) return NextResponse.json({ error: "Link expired or passcode wrong" }, { status: 404 });
  const decl = await db.query.declarations.findFirst({ where: eq(declarations.id, link.declarationId), columns: { reference: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ declaration: decl });
}
