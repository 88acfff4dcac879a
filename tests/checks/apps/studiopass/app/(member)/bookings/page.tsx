import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { BookButton } from "@/components/BookButton";

export default async function BookingsPage() {
  const { userId } = await verifySession();
  const me = await prisma.member.findFirst({ where: { userId }, select: { id: true, studioId: true } });
  const upcoming = await prisma.classSession.findMany({
    where: { studioId: me?.studioId, startsAt: { gt: new Date() }, status: "scheduled" },
    select: { id: true, title: true, startsAt: true },
    orderBy: { startsAt: "asc" },
    take: 30,
  });

  // ok: missing-auth, missing-input-validation
  async function leaveWaitlist(entryId: string) {
    "use server";
    const session = await verifySession();
    const id = z.string().cuid().parse(entryId);
    const member = await prisma.member.findFirst({ where: { userId: session.userId }, select: { id: true } });
    if (!member) return;
    // ok: missing-authorization
    await prisma.waitlistEntry.deleteMany({ where: { id, memberId: member.id } });
    revalidatePath("/bookings");
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function rateClass(classId: string, formData: FormData) {
    "use server";
    const session = await verifySession();
    const stars = formData.get("stars");
    // ok: sql-injection
    await prisma.$executeRaw`insert into class_ratings (class_id, user_id, stars) values (${classId}, ${session.userId}, ${stars})`;
  }

  const waitlist = me
    ? await prisma.waitlistEntry.findMany({ where: { memberId: me.id }, select: { id: true, classId: true, position: true } })
    : [];

  return (
    <main className="space-y-6 p-6">
      <h1 className="text-2xl font-semibold">Upcoming classes</h1>
      <ul>
        {upcoming.map((c) => (
          <li key={c.id} className="flex items-center gap-4">
            <span>
              {c.title} · {c.startsAt.toLocaleString()}
            </span>
            {me ? <BookButton classId={c.id} memberId={me.id} /> : null}
            <form action={rateClass.bind(null, c.id)}>
              <input name="stars" type="number" min={1} max={5} />
              <button type="submit">Rate</button>
            </form>
          </li>
        ))}
      </ul>
      <h2 className="text-xl">Waitlist</h2>
      <ul>
        {waitlist.map((w) => (
          <li key={w.id}>
            #{w.position}
            <form action={leaveWaitlist.bind(null, w.id)}>
              <button type="submit">Leave</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
