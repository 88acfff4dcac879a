import { NextResponse } from "next/server";
import { z } from "zod";
import { publicAvailability } from "@/lib/queries/availability";

const QuerySchema = z.object({ marina: z.string().regex(/^[a-z0-9-]{2,60}$/), minLength: z.coerce.number().min(0).max(120).default(0) });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const q = QuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!q.success) return NextResponse.json({ error: "bad query" }, { status: 400 });
  const rows = await publicAvailability(q.data.marina, q.data.minLength);
  // ok: excessive-data-exposure
  return NextResponse.json({ berths: rows.map((r) => ({ id: r.id, code: r.code, lengthM: r.length_m, rate: r.daily_rate_cents })) });
}
