import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/session";
import { db } from "@/lib/db";
import { players, teams } from "@/db/schema";
import { canManageTeam } from "@/lib/permissions";
import { RosterTable } from "@/components/RosterTable";

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const user = await requireUser();
  // ok: floating-auth-check
  if (!(await canManageTeam(user.id, teamId))) notFound();
  const team = await db.query.teams.findFirst({ where: eq(teams.id, teamId), columns: { id: true, name: true, clubId: true } });
  if (!team) notFound();
  const roster = await db.select({ id: players.id, firstName: players.firstName, lastName: players.lastName, shirtNumber: players.shirtNumber }).from(players).where(eq(players.teamId, teamId));

  // ok: missing-auth, missing-input-validation
  async function removePlayer(formData: FormData) {
    "use server";
    const me = await requireUser();
    const playerId = formData.get("playerId");
    if (typeof playerId !== "string") throw new Error("Missing player");
    // ruleid: floating-auth-check
    if (!canManageTeam(me.id, teamId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await db.delete(players).where(eq(players.id, playerId));
    revalidatePath(`/teams/${teamId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function setShirtNumber(formData: FormData) {
    "use server";
    const me = await requireUser();
    const playerId = String(formData.get("playerId") ?? "");
    const shirt = Number(formData.get("shirtNumber"));
    if (!/^[0-9a-f-]{36}$/.test(playerId) || !Number.isInteger(shirt) || shirt < 1 || shirt > 99) throw new Error("Invalid");
    // ok: floating-auth-check
    if (!(await canManageTeam(me.id, teamId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await db.update(players).set({ shirtNumber: shirt }).where(and(eq(players.id, playerId), eq(players.teamId, teamId)));
    revalidatePath(`/teams/${teamId}`);
  }

  return (
    <main>
      <h1>{team.name}</h1>
      <RosterTable roster={roster} removeAction={removePlayer} shirtAction={setShirtNumber} />
    </main>
  );
}
