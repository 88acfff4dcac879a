import { prisma } from "@/lib/db";
import { sendPush } from "@/lib/push";

// Runs every 5 minutes from vercel.json; promotes waitlisted members into freed spots.
// ruleid: missing-auth
export async function GET() {
  const soon = new Date(Date.now() + 48 * 3600_000);
  const classes = await prisma.classSession.findMany({
    where: { status: "scheduled", startsAt: { gt: new Date(), lt: soon } },
    select: { id: true, capacity: true },
  });
  let promoted = 0;
  for (const cls of classes) {
    const booked = await prisma.booking.count({ where: { classId: cls.id, status: "booked" } });
    const free = cls.capacity - booked;
    if (free <= 0) continue;
    const next = await prisma.waitlistEntry.findMany({ where: { classId: cls.id }, orderBy: { position: "asc" }, take: free, select: { id: true, memberId: true } });
    for (const entry of next) {
      await prisma.booking.create({ data: { classId: cls.id, memberId: entry.memberId, bookedById: "system" } });
      await prisma.waitlistEntry.delete({ where: { id: entry.id } });
      const member = await prisma.member.findUnique({ where: { id: entry.memberId }, select: { userId: true } });
      if (member?.userId) await sendPush(member.userId, "You're in!", "A spot opened up in your class.");
      promoted++;
    }
  }
  return Response.json({ promoted });
}
