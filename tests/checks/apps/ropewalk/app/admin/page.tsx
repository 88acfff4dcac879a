import { revalidatePath } from "next/cache";
import dbConnect from "@/lib/db";
import Gym from "@/models/Gym";
import User from "@/models/User";
import Route from "@/models/Route";
import { requireAdmin } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { objectId } from "@/lib/validation";
import { refreshWarehouseTotals } from "@/app/actions/reports";

export default async function AdminPage() {
  await requireAdmin();
  await dbConnect();
  const gyms = await Gym.find({}).select("name city").lean();
  const userCount = await User.countDocuments({ deletedAt: null });

  // ruleid: missing-audit-log
  async function closeGym(formData: FormData) {
    "use server";
    await requireAdmin();
    const gymId = objectId.parse(formData.get("gymId"));
    await dbConnect();
    // ok: missing-authorization
    await Route.updateMany({ gymId }, { $set: { status: "retired", retiredAt: new Date() } });
    await Gym.deleteOne({ _id: gymId });
    revalidatePath("/admin");
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function rotateDoorSecret(formData: FormData) {
    "use server";
    const admin = await requireAdmin();
    const gymId = objectId.parse(formData.get("gymId"));
    const { randomBytes } = await import("node:crypto");
    await dbConnect();
    // ok: missing-authorization
    await Gym.updateOne({ _id: gymId }, { $set: { doorSecret: randomBytes(32).toString("hex") } });
    await auditLog({ action: "admin.door_secret_rotated", actorId: admin.id, gymId });
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl">Admin</h1>
      <p>{userCount} members</p>
      <form action={refreshWarehouseTotals}>
        <button>Refresh warehouse totals</button>
      </form>
      {gyms.map((g) => (
        <div key={String(g._id)} className="flex gap-2">
          <span>{g.name}</span>
          <form action={rotateDoorSecret}>
            <input type="hidden" name="gymId" value={String(g._id)} />
            <button>Rotate door secret</button>
          </form>
          <form action={closeGym}>
            <input type="hidden" name="gymId" value={String(g._id)} />
            <button className="text-red-600">Close gym</button>
          </form>
        </div>
      ))}
    </div>
  );
}
