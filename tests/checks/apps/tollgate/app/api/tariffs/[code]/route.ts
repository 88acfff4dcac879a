import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, tariffs } from "@/lib/db";
import { hsCode } from "@/lib/validators";

// Public: one tariff line. The table holds nothing private.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const parsed = hsCode.safeParse((await params).code);
  if (!parsed.success) return NextResponse.json({ error: "invalid code" }, { status: 400 });
  const [row] = await db.select().from(tariffs).where(eq(tariffs.hsCode, parsed.data));
  if (!row) return NextResponse.json({ error: "unknown code" }, { status: 404 });
  return NextResponse.json(row); // ruleid: excessive-data-exposure
}
