import { NextResponse } from "next/server";
import { authenticateApiKey } from "@/lib/api-keys";
import { searchTariffs } from "@/lib/search";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { searchParams } = new URL(req.url);
  const q = z.string().min(2).max(100).parse(searchParams.get("q"));
  const rows = await searchTariffs(q, searchParams.get("sort"));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
