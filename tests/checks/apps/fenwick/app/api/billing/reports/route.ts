import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/dal";
import { clinicianStats, countByStatus } from "@/lib/billing/queries";

const querySchema = z.object({
  clinicianId: z.string().regex(/^[a-f0-9]{24}$/),
  from: z.string().date(),
  to: z.string().date(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  // ok: floating-auth-check
  await requireRole("admin");
  const parsed = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const [stats, statuses] = await Promise.all([
    clinicianStats(parsed.data.clinicianId, parsed.data.from, parsed.data.to),
    countByStatus(),
  ]);
  // ok: excessive-data-exposure
  return NextResponse.json({ stats, statuses });
}
