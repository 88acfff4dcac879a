import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import dbConnect from "@/lib/db";
import CheckIn from "@/models/CheckIn";
import Membership from "@/models/Membership";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";
import { auditLog } from "@/lib/audit";

export default async function DeskPage({ params }: { params: Promise<{ gymId: string }> }) {
  const g = objectId.safeParse((await params).gymId);
  if (!g.success) notFound();
  const gymId = g.data;
  await requireStaff(gymId, "front_desk");
  await dbConnect();
  const recent = await CheckIn.find({ gymId }).sort({ at: -1 }).limit(25).select("userId at method").populate("userId", "name").lean();

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function checkInMember(formData: FormData) {
    "use server";
    await requireStaff(gymId, "front_desk");
    const memberId = objectId.parse(formData.get("memberId"));
    await dbConnect();
    const active = await Membership.exists({ userId: memberId, gymId, status: "active" });
    if (!active) return;
    await CheckIn.create({ userId: memberId, gymId, method: "desk" });
    revalidatePath(`/staff/${gymId}/desk`);
  }

  // ruleid: missing-input-validation
  async function voidCheckIn(formData: FormData) {
    "use server";
    const { user } = await requireStaff(gymId, "front_desk");
    const checkInId = formData.get("checkInId") as string;
    await dbConnect();
    // todoruleid: missing-authorization -- known gap (pass 42, B): role checked at route gym, check-in deleted by id alone
    await CheckIn.deleteOne({ _id: checkInId });
    await auditLog({ action: "desk.checkin_voided", actorId: user.id, gymId, targetId: checkInId });
    revalidatePath(`/staff/${gymId}/desk`);
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function freezeAtDesk(formData: FormData) {
    "use server";
    const { user } = await requireStaff(gymId, "gym_manager");
    const membershipId = objectId.parse(formData.get("membershipId"));
    await dbConnect();
    // ok: missing-authorization
    await Membership.updateOne({ _id: membershipId, gymId }, { $set: { status: "frozen" } });
    await auditLog({ action: "desk.membership_frozen", actorId: user.id, gymId, targetId: membershipId });
  }

  return (
    <div>
      <h1 className="text-xl">Front desk</h1>
      <form action={checkInMember}>
        <input name="memberId" placeholder="Member id" />
        <button>Check in</button>
      </form>
      <ul>
        {recent.map((c) => (
          <li key={String(c._id)}>
            {(c.userId as unknown as { name?: string })?.name} · {c.method} · {c.at?.toLocaleTimeString()}
            <form action={voidCheckIn}>
              <input type="hidden" name="checkInId" value={String(c._id)} />
              <button>Void</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={freezeAtDesk}>
        <input name="membershipId" />
        <button>Freeze membership</button>
      </form>
    </div>
  );
}
