import { NextResponse } from "next/server";
import { modelsByTag } from "@/lib/search";

// why: the route param flows into raw SQL (lib/search.ts modelsByTag) without any check
// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
  const models = await modelsByTag(decodeURIComponent(tag));
  // ok: excessive-data-exposure
  return NextResponse.json({ tag, models });
}
