import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { rateLimitByKey } from "@/lib/ratelimit";
import { summariseFieldNotes } from "@/lib/ai";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await rateLimitByKey(`ai-notes:${user.id}`);
  const { notes } = z.object({ notes: z.string().min(1).max(8000) }).parse(await req.json());
  return NextResponse.json({ summary: await summariseFieldNotes(notes) });
}
