import { notFound } from "next/navigation";
import { z } from "zod";
import { getStandings } from "@/lib/repo/standings";

export default async function StandingsPage({ params, searchParams }: { params: Promise<{ leagueId: string }>; searchParams: Promise<{ sort?: string }> }) {
  const parsed = z.string().uuid().safeParse((await params).leagueId);
  if (!parsed.success) notFound();
  const table = await getStandings(parsed.data, (await searchParams).sort ?? "points");
  return (
    <table>
      <tbody>
        {table.map((r, i) => (
          <tr key={r.team_id}><td>{i + 1}</td><td>{r.team_name}</td><td>{r.points}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
