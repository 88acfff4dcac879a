import { NextResponse } from "next/server";
import { z } from "zod";
import { berthsNear, bumpBerthViews, berthsByRate } from "@/lib/queries/search";

const Q = z.object({ marina: z.string().cuid(), length: z.coerce.number().positive().max(120), dir: z.enum(["asc", "desc"]).default("asc") });

// Public "similar berths" widget.
// todook: missing-auth // ok: missing-input-validation
export async function GET(req: Request) {
  const q = Q.parse(Object.fromEntries(new URL(req.url).searchParams));
  const near = await berthsNear(q.marina, q.length);
  const cheapest = await berthsByRate(q.marina, q.dir);
  await bumpBerthViews(near.map((b) => b.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ near, cheapest });
}
