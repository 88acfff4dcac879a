import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { nearbySitters, sittersByTag } from "@/lib/repos/sitter-search";

const q = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  sort: z.enum(["rate", "rating", "distance"]).default("rating"),
  service: z.enum(["walk", "boarding", "drop_in"]).default("walk"),
  tag: z.string().max(40).optional(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const parsed = q.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "bad query" }, { status: 400 });
  const rows = parsed.data.tag ? await sittersByTag(parsed.data.tag) : await nearbySitters(parsed.data.lat, parsed.data.lng, parsed.data.sort, parsed.data.service);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
