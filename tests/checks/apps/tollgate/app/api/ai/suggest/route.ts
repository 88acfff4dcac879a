import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { suggestHsCodes } from "@/lib/ai";
import { limit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ description: z.string().min(3).max(1000), origin: z.string().length(2).optional() }).parse(await req.json());
  await limit(`ai-route:${orgId}`, 60, 3600);
  const suggestions = await suggestHsCodes(body.description, body.origin);
  return NextResponse.json({ suggestions });
}
