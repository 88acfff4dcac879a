import { NextResponse } from "next/server";
import { publicSupabase } from "@/lib/supabase/public";

export const revalidate = 60;

// public schedule feed (embedded on club websites)
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ leagueSlug: string }> }) {
  const { leagueSlug } = await params;
  if (!/^[a-z0-9-]{3,40}$/.test(leagueSlug)) return NextResponse.json({ error: "Unknown league" }, { status: 404 });
  try {
    const { data, error } = await publicSupabase
      .from("matches")
      .select("id, kickoff, field, home_team, away_team, home_score, away_score")
      .eq("league_slug", leagueSlug)
      .gte("kickoff", new Date(Date.now() - 14 * 864e5).toISOString());
    if (error) throw error;
    // ok: excessive-data-exposure
    return NextResponse.json(data);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
