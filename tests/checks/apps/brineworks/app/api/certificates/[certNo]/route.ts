import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { catches, inspections } from "@/db/schema";

// Public certificate verification (QR code on the crate label).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ certNo: string }> }) {
  const { certNo } = await params;
  const parsed = v.safeParse(v.pipe(v.string(), v.regex(/^BW-\d{6}$/)), certNo);
  if (!parsed.success) return NextResponse.json({ valid: false }, { status: 404 });
  const [row] = await db
    .select({ certificateNo: inspections.certificateNo, certifiedAt: inspections.certifiedAt, species: catches.species, weightKg: catches.weightKg })
    .from(inspections)
    .innerJoin(catches, eq(catches.id, inspections.catchId))
    .where(eq(inspections.certificateNo, parsed.output));
  // ok: excessive-data-exposure
  return NextResponse.json(row ? { valid: true, ...row } : { valid: false });
}
