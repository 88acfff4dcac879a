import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { ratelimit } from "@/lib/ratelimit";
import { answerTimetableQuestion } from "@/lib/ai";
import { sql } from "@/lib/db/postgres";

const body = z.object({ question: z.string().min(3).max(500) });

async function timetableContext() {
  const rows = await sql`SELECT r.name, s.departs_at FROM sailings s JOIN routes r ON r.id = s.route_id WHERE r.published AND s.departs_at > now() ORDER BY s.departs_at LIMIT 40`;
  return rows.map((r) => `${r.name} ${r.departs_at}`).join("\n");
}

// Public assistant on the timetable page (anonymous visitors, IP-limited).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`ai:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many questions" }, { status: 429 });
  const { question } = body.parse(await req.json());
  try {
    const answer = await answerTimetableQuestion(question, await timetableContext());
    return NextResponse.json({ answer });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}

// Embedded widget on partner sites.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const session = await auth();
  const { question } = body.parse(await req.json());
  const answer = await answerTimetableQuestion(question, await timetableContext());
  return NextResponse.json({ answer, personalised: !!session });
}
