import { NextResponse } from "next/server";
import { z } from "zod";
import { searchTariffs } from "@/lib/search";
import { limitByIp } from "@/lib/ratelimit";

// Public tariff lookup: public data, meant to be anonymous.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await limitByIp("tariff-search", 60, 60);
  const { searchParams } = new URL(req.url);
  const q = z.string().min(2).max(100).safeParse(searchParams.get("q"));
  if (!q.success) return NextResponse.json({ data: [] });
  const rows = await searchTariffs(q.data, searchParams.get("sort"));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
