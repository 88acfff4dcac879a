import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { searchStudiesByCondition, studiesNear } from "@/lib/db/reporting";

// Public: search published studies by condition (warehouse replica).
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const term = req.nextUrl.searchParams.get("condition") ?? "";
  const rows = await searchStudiesByCondition(term);
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { postcode } = z.object({ postcode: z.string().regex(/^[A-Z0-9]{2,4}$/i) }).parse(await req.json());
  const rows = await studiesNear(postcode.toUpperCase());
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
