import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertRaceOrganiser } from "@/lib/guards";

export default async function RacePage({ params }: { params: Promise<{ orgId: string; raceId: string }> }) {
  const { orgId, raceId } = await params;
  const session = await verifySession();
  const race = await prisma.race.findFirst({ where: { id: raceId, orgId }, select: { id: true, name: true, registrationOpen: true, capacity: true } });
  if (!race) notFound();
  await assertRaceOrganiser(session.userId, race.id);

  // ruleid: missing-auth
  async function toggleRegistration() {
    "use server";
    await prisma.race.update({ where: { id: raceId }, data: { registrationOpen: !race!.registrationOpen } });
    revalidatePath(`/org/${orgId}/races/${raceId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function setCapacity(formData: FormData) {
    "use server";
    const s = await verifySession();
    const capacity = Number(formData.get("capacity"));
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 50000) throw new Error("Invalid capacity");
    // ok: floating-auth-check
    await assertRaceOrganiser(s.userId, raceId);
    // ok: missing-authorization
    await prisma.race.update({ where: { id: raceId }, data: { capacity } });
    revalidatePath(`/org/${orgId}/races/${raceId}`);
  }

  return (
    <main>
      <h1>{race.name}</h1>
      <form action={toggleRegistration}>
        <button>{race.registrationOpen ? "Close registration" : "Open registration"}</button>
      </form>
      <form action={setCapacity}>
        <input name="capacity" type="number" defaultValue={race.capacity} />
        <button>Save</button>
      </form>
    </main>
  );
}
