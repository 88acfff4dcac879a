import { connectMongo } from "@/lib/mongo";
import { ShiftModel } from "@/models/Shift";
import { getCurrentMember } from "@/lib/dal";
import { ShiftList } from "@/components/ShiftList";
import { signUpForShift, leaveShift } from "@/app/actions/shifts";

export default async function ShiftsPage() {
  const me = await getCurrentMember();
  await connectMongo();
  const shifts = await ShiftModel.find({ farmId: me.farmId, startsAt: { $gte: new Date() } }, { kind: 1, startsAt: 1, endsAt: 1, slots: 1, "volunteers.memberId": 1 }).lean();
  const view = shifts.map((s) => ({
    id: String(s._id),
    kind: s.kind as string,
    startsAt: new Date(s.startsAt).toISOString(),
    free: s.slots - (s.volunteers?.length ?? 0),
    mine: (s.volunteers ?? []).some((v: { memberId?: string }) => v.memberId === me.id),
  }));
  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">Volunteer shifts</h1>
      <ShiftList shifts={view} onJoin={signUpForShift} onLeave={leaveShift} />
    </main>
  );
}
