import { sql } from "@/lib/sql";

export async function seasonTopScorers(seasonId: string, limit = 10) {
  // ok: sql-injection
  return sql`SELECT player_id, first_name, goals FROM top_scorers WHERE season_id = ${seasonId} ORDER BY goals DESC LIMIT ${limit}`;
}

export async function refereeLoad(region: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT referee_id, count(*) AS games FROM fixtures f JOIN leagues l ON l.id = f.league_id WHERE l.region = '${region}' GROUP BY referee_id`);
}

export async function attendanceByVenue(venueIds: string[]) {
  const placeholders = venueIds.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  return sql.unsafe(`SELECT venue_id, avg(attendance) AS avg FROM fixtures WHERE venue_id IN (${placeholders}) GROUP BY venue_id`, venueIds);
}

export async function feesCollected(seasonId: string, groupBy: "club" | "team") {
  const col = groupBy === "team" ? "team_id" : "club_id";
  // ok: sql-injection
  return sql.unsafe(`SELECT ${col}, sum(amount_cents) AS total FROM registrations WHERE season_id = $1 AND status = 'paid' GROUP BY ${col}`, [seasonId]);
}
