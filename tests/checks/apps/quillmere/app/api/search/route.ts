import { NextResponse } from "next/server";
import { z } from "zod";
import { requireOrg } from "@/lib/auth/clerk";
import { searchSubmissions, searchByAuthorName, filterByWordCount } from "@/lib/search";

const searchParamsSchema = z.object({
  q: z.string().max(100).default(""),
  author: z.string().max(100).optional(),
  op: z.enum(["eq", "gt", "lt"]).optional(),
  words: z.coerce.number().int().optional(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { agencyId } = await requireOrg();
  const params = searchParamsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  if (params.op && params.words !== undefined) {
    // ok: excessive-data-exposure
    return NextResponse.json(await filterByWordCount(agencyId, params.op, params.words));
  }
  if (params.author) return NextResponse.json(await searchByAuthorName(agencyId, params.author));
  // ok: excessive-data-exposure
  return NextResponse.json(await searchSubmissions(agencyId, params.q));
}
