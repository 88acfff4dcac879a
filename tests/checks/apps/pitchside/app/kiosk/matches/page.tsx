import { revalidatePath } from "next/cache";
import { requireKiosk } from "@/lib/auth/kiosk";
import { cachedAssignments } from "@/lib/db/kiosk-cache";
import { prisma } from "@/lib/db/prisma";
import { lockKiosk } from "@/app/actions/kiosk";
import { ScoreForm } from "@/components/score-form";

export default async function KioskMatches() {
  const session = await requireKiosk();
  const matches = cachedAssignments(session.refereeId);

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function startMatch(formData: FormData) {
    "use server";
    const s = await requireKiosk();
    const matchId = formData.get("matchId") as string;
    // ok: missing-authorization
    await prisma.match.updateMany({ where: { id: matchId, refereeId: s.refereeId }, data: { status: "in_progress" } });
    revalidatePath("/kiosk/matches");
  }

  return (
    <main className="space-y-4 bg-slate-900 p-4 text-white">
      <form action={lockKiosk}>
        <button className="btn">Lock</button>
      </form>
      {matches.map((m) => (
        <article key={m.match_id} className="rounded bg-slate-800 p-4">
          <h2>
            {m.home} v {m.away} — {m.field} @ {m.kickoff}
          </h2>
          <form action={startMatch}>
            <input type="hidden" name="matchId" value={m.match_id} />
            <button className="btn">Start</button>
          </form>
          <ScoreForm matchId={m.match_id} />
        </article>
      ))}
    </main>
  );
}
