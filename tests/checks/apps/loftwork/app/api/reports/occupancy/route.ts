import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { canManageLocation } from "@/lib/permissions";
import { occupancyReport } from "@/lib/reports";

const query = z.object({
  locationId: z.string().uuid(),
  from: z.string().date(),
  to: z.string().date(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  // ok: floating-auth-check
  if (!(await canManageLocation(session.user.id, parsed.data.locationId))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const days = await occupancyReport(parsed.data.locationId, parsed.data.from, parsed.data.to);
  // ok: excessive-data-exposure
  return NextResponse.json({ days });
}
