import { notFound } from "next/navigation";
import { getPublicSchedule } from "@/app/actions/schedule";
import { publicSupabase } from "@/lib/supabase/public";

export const revalidate = 120;

export default async function SchedulePage({ params }: { params: Promise<{ leagueSlug: string }> }) {
  const { leagueSlug } = await params;
  const { data: league } = await publicSupabase.from("leagues").select("name, logo_url").eq("slug", leagueSlug).maybeSingle();
  if (!league) notFound();
  const matches = await getPublicSchedule(leagueSlug);
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-bold">{league.name} schedule</h1>
      <table className="mt-6 w-full text-sm">
        <tbody>
          {matches.map((m) => (
            <tr key={m.id} className="border-b">
              <td>{new Date(m.kickoff).toLocaleString()}</td>
              <td>{m.field}</td>
              <td>
                {m.home_team} {m.home_score ?? ""} – {m.away_score ?? ""} {m.away_team}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
