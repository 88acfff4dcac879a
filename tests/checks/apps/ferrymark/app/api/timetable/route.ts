import { NextResponse } from "next/server";
import { z } from "zod";
import { searchFares } from "@/lib/fares";
import { pgPool } from "@/lib/db/pg";

const q = z.object({ from: z.string().min(2).max(8), to: z.string().min(2).max(8), sort: z.string().default("price") });

// Public fare search.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const params = q.parse(Object.fromEntries(new URL(req.url).searchParams));
  const fares = await searchFares(params.from, params.to, params.sort);
  // ok: excessive-data-exposure
  return NextResponse.json(fares);
}

// Legacy port lookup used by the old widget.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { port } = await req.json();
  // ruleid: sql-injection
  const res = await pgPool.query("SELECT code, name FROM ports WHERE code = '" + port + "'");
  // ok: excessive-data-exposure
  return NextResponse.json(res.rows.map((r) => ({ code: r.code, name: r.name })));
}
