import { NextResponse } from "next/server";
import { z } from "zod";
import { searchBerthsByCode, availabilitySorted } from "@/lib/queries/availability";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const marinaId = z.string().cuid().parse(url.searchParams.get("marina"));
  const code = url.searchParams.get("code") ?? "";
  const rows = await searchBerthsByCode(marinaId, code);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = z.object({ marinaId: z.string().cuid(), sort: z.enum(["price", "length", "code"]) }).parse(await req.json());
  const rows = await availabilitySorted(body.marinaId, body.sort);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows });
}
