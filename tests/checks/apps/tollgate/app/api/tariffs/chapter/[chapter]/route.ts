import { NextResponse } from "next/server";
import { tariffsInChapter } from "@/lib/search";

// Public chapter browse.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ chapter: string }> }) {
  const { chapter } = await params;
  const rows = await tariffsInChapter(chapter);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
