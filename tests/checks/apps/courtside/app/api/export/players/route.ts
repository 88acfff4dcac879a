import { NextResponse } from "next/server";
import { z } from "zod";
import { requireLeagueAdmin } from "@/lib/admin-auth";
import { pool } from "@/lib/pg";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: Request) {
  const admin = await requireLeagueAdmin();
  const leagueId = z.string().uuid().parse(new URL(req.url).searchParams.get("leagueId"));
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT p.first_name, p.last_name, p.date_of_birth, t.name AS team FROM players p JOIN teams t ON t.id = p.team_id JOIN fixtures f ON f.home_team_id = t.id WHERE f.league_id = $1 GROUP BY p.id, t.name", [leagueId]);
  await auditLog({ actorId: admin.userId, action: "export.players", target: leagueId });
  const csv = ["first_name,last_name,date_of_birth,team", ...rows.map((r) => `${r.first_name},${r.last_name},${r.date_of_birth},${r.team}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
