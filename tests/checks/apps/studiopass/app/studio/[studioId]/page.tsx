import { requireStaff } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { DESK } from "@/lib/validation";
import { KioskPad } from "@/components/KioskPad";

export default async function StudioDashboard({ params }: { params: Promise<{ studioId: string }> }) {
  const { studioId } = await params;
  const staff = await requireStaff(studioId, [...DESK, "VIEWER", "ACCOUNTANT", "MARKETING", "INSTRUCTOR", "PERSONAL_TRAINER"]);
  const [members, classesToday] = await Promise.all([
    prisma.member.count({ where: { studioId: staff.studioId, status: "active" } }),
    prisma.classSession.count({ where: { studioId: staff.studioId, startsAt: { gte: new Date(new Date().setHours(0, 0, 0, 0)) } } }),
  ]);
  return (
    <main className="grid gap-6 p-6">
      <h1 className="text-2xl font-semibold">Today</h1>
      <p>
        {members} active members · {classesToday} classes today
      </p>
      {staff.locationId ? <KioskPad locationId={staff.locationId} /> : null}
    </main>
  );
}
