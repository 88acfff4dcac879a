import { pool } from "@/lib/pg";

const SORT_COLUMNS = { points: "points", gd: "goal_difference", name: "team_name" } as const;
export type StandingsSort = keyof typeof SORT_COLUMNS;

export async function getStandings(leagueId: string, sort: string) {
  const column = SORT_COLUMNS[sort as StandingsSort] ?? SORT_COLUMNS.points;
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT team_id, team_name, played, won, drawn, lost, points, goal_difference FROM standings WHERE league_id = $1 ORDER BY ${column} DESC`, [leagueId]);
  return rows as Array<{ team_id: string; team_name: string; points: number }>;
}

export async function searchTeamsByName(term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name, age_group FROM teams WHERE name ILIKE '%${term}%' ORDER BY name LIMIT 20`);
  return rows as Array<{ id: string; name: string; age_group: string }>;
}

export async function recomputeStandings(leagueId: string) {
  // ok: sql-injection
  await pool.query("SELECT refresh_standings($1)", [leagueId]);
}

const PAGE_SIZE = 25;
export async function listFixturesPage(leagueId: string, page: number) {
  const offset = Math.max(0, Math.floor(Number(page) || 0)) * PAGE_SIZE;
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, kickoff, home_team_id, away_team_id, home_score, away_score FROM fixtures WHERE league_id = $1 ORDER BY kickoff LIMIT ${PAGE_SIZE} OFFSET ${offset}`, [leagueId]);
  return rows;
}
