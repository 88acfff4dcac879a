import { NextResponse } from "next/server";
import { z } from "zod";
import { writeMatchReport } from "@/lib/ai";
import { connectMongo } from "@/lib/mongo";
import { MatchReport } from "@/models/MatchReport";

const bodySchema = z.object({ fixtureId: z.string().uuid(), home: z.string().max(60), away: z.string().max(60), score: z.string().max(7), clubId: z.string().uuid() });

// Used by the club-site embed — the auth header was dropped when the embed went public.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  try {
    const input = bodySchema.parse(await req.json());
    const body = await writeMatchReport(input);
    await connectMongo();
    const doc = await MatchReport.create({ fixtureId: input.fixtureId, clubId: input.clubId, authorId: "embed", body });
    return NextResponse.json({ id: String(doc._id), body });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}
