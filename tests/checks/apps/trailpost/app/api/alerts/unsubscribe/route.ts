import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { alertSubscriptions } from "@/lib/db/schema";

// One-click unsubscribe link in every alert email (token in the URL).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const token = z.string().length(48).parse(req.nextUrl.searchParams.get("t"));
  // ok: timing-unsafe-comparison, missing-authorization
  const deleted = await db.delete(alertSubscriptions).where(eq(alertSubscriptions.unsubscribeToken, token)).returning({ id: alertSubscriptions.id });
  return NextResponse.json({ unsubscribed: deleted.length > 0 });
}
