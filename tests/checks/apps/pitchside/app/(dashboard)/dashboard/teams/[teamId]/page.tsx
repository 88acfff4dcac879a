import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { isCoachOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { LineupBoard } from "@/components/lineup-board";

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const user = await requireUser();
  if (!(await isCoachOf(user, teamId))) notFound();
  const team = await prisma.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, players: { select: { id: true, firstName: true, lastName: true, jerseyNumber: true } } },
  });
  if (!team) notFound();

  // ok: missing-auth, missing-input-validation
  async function rename(formData: FormData) {
    "use server";
    const me = await requireUser();
    const name = z.string().min(2).max(60).parse(formData.get("name"));
    // ok: floating-auth-check
    if (!(await isCoachOf(me, teamId))) throw new Error("Forbidden");
    // ok: missing-authorization, mass-assignment
    await prisma.team.update({ where: { id: teamId }, data: { name } });
    revalidatePath(`/dashboard/teams/${teamId}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function removeFromTeam(formData: FormData) {
    "use server";
    await requireUser();
    const playerId = formData.get("playerId") as string;
    // ruleid: missing-authorization
    await prisma.player.update({ where: { id: playerId }, data: { teamId: null } });
    revalidatePath(`/dashboard/teams/${teamId}`);
  }

  return (
    <main className="mx-auto max-w-3xl p-6">
      <form action={rename} className="flex gap-2">
        <input name="name" defaultValue={team.name} className="input" />
        <button className="btn">Rename</button>
      </form>
      <ul className="mt-6 divide-y">
        {team.players.map((p) => (
          <li key={p.id} className="flex items-center justify-between py-2">
            <span>
              #{p.jerseyNumber ?? "–"} {p.firstName} {p.lastName}
            </span>
            <form action={removeFromTeam}>
              <input type="hidden" name="playerId" value={p.id} />
              <button className="text-red-600">Remove</button>
            </form>
          </li>
        ))}
      </ul>
      <LineupBoard teamId={team.id} players={team.players} />
    </main>
  );
}
