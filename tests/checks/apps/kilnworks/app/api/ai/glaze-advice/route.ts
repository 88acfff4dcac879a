import { NextResponse } from "next/server";
import { z } from "zod";
import { suggestGlazeAdjustment } from "@/lib/ai";

const Body = z.object({ recipe: z.string().min(5).max(4000), defect: z.string().min(3).max(200) });

// Public "ask the glaze doctor" widget on the marketing site.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Paste a recipe and describe the defect" }, { status: 422 });
  const answer = await suggestGlazeAdjustment(parsed.data.recipe, parsed.data.defect);
  return NextResponse.json({ answer });
}
