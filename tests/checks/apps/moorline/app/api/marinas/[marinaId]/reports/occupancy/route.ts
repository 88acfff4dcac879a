import { NextResponse } from "next/server";
import { z } from "zod";
import { requireMarinaAccess } from "@/lib/auth/dal";
import { occupancyByNight } from "@/lib/data/berths";

const q = z.object({ from: z.coerce.date(), to: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ marinaId: string }> }) {
  const marinaId = z.string().cuid().parse((await params).marinaId);
  const ctx = await requireMarinaAccess(marinaId);
  const range = q.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!range.success) return NextResponse.json({ error: "from/to required" }, { status: 400 });
  const rows = await occupancyByNight(ctx.marinaId, range.data.from, range.data.to);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
