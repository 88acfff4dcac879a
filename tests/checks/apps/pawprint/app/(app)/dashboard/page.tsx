import { verifySession } from "@/lib/dal";
import { listMyPets } from "@/app/(app)/pets/actions";
import { prisma } from "@/lib/db/prisma";

export default async function Dashboard() {
  const session = await verifySession();
  const [pets, upcoming] = await Promise.all([
    listMyPets(),
    prisma.booking.findMany({ where: { ownerId: session.userId, startsAt: { gte: new Date() } }, select: { id: true, kind: true, startsAt: true }, take: 5 }),
  ]);
  return (
    <main>
      <h1>Your pets</h1>
      <ul>{pets.map((p) => <li key={p.id}>{p.name}</li>)}</ul>
      <h2>Upcoming</h2>
      <ul>{upcoming.map((b) => <li key={b.id}>{b.kind} · {b.startsAt.toLocaleString()}</li>)}</ul>
    </main>
  );
}
