import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { evidence } from "@/lib/db/schema";
import { findShareLink, pinMatches } from "@/lib/share-links";
import { rateLimitByIp } from "@/lib/rate-limit";

// External quality assurers open a shared portfolio with a link token + PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  await rateLimitByIp("share-pin", true);
  const token = z.string().min(20).max(100).parse((await params).token);
  const { pin } = z.object({ pin: z.string().regex(/^\d{4,8}$/) }).parse(await req.json());
  const link = await findShareLink(token);
  if (!link || !pinMatches(link, pin)) return NextResponse.json({ error: "Link expired or PIN incorrect" }, { status: 403 });
  const items = await db
    .select({ id: evidence.id, title: evidence.title, status: evidence.status })
    .from(evidence)
    // ok: missing-authorization
    .where(and(eq(evidence.apprenticeId, link.apprenticeId), eq(evidence.orgId, link.orgId)));
  // ok: excessive-data-exposure
  return NextResponse.json({ items });
}
