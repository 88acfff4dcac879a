import { NextResponse } from "next/server";
import { and, eq, gte } from "drizzle-orm";
import { z } from "zod";
import { db, payments } from "@/lib/db";
import { requireApiKey, ApiKeyError } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  try {
    const key = await requireApiKey(req, "declarations:read");
    const since = z.string().datetime().optional().parse(new URL(req.url).searchParams.get("since") ?? undefined);
    const where = since ? and(eq(payments.importerId, key.importerId), gte(payments.paidAt, new Date(since))) : eq(payments.importerId, key.importerId);
    const rows = await db.select({ id: payments.id, declarationId: payments.declarationId, amount: payments.amount, status: payments.status, paidAt: payments.paidAt }).from(payments).where(where);
    // ok: excessive-data-exposure
    return NextResponse.json({ data: rows });
  } catch (e) {
    if (e instanceof ApiKeyError) {
      // ok: information-disclosure
      return NextResponse.json({ error: e.message }, { status: 401 });
    }
    // ok: information-disclosure
    return NextResponse.json({ error: "internal error" }, { status: 500 });
  }
}
