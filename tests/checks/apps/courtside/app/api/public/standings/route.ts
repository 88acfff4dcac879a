import { NextResponse } from "next/server";
import { z } from "zod";
import { getStandings, searchTeamsByName } from "@/lib/repo/standings";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const q = url.searchParams.get("q");
  if (q) {
    const teams = await searchTeamsByName(q);
    // ok: excessive-data-exposure
    return NextResponse.json(teams);
  }
  const leagueId = z.string().uuid().parse(url.searchParams.get("leagueId"));
  const table = await getStandings(leagueId, url.searchParams.get("sort") ?? "points");
  // ok: excessive-data-exposure
  return NextResponse.json(table);
}
