import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

export default async function RoutePlannerPage() {
  const session = await auth();
  if (!session?.user) redirect("/login");

  // ok: missing-auth, missing-input-validation
  async function assignDriver(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect("/login");
    const pickupId = String(formData.get("pickupId") ?? "");
    const driverId = String(formData.get("driverId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(pickupId) || !/^c[a-z0-9]{20,30}$/.test(driverId)) return;
    const pickup = await prisma.pickupRequest.findUnique({ where: { id: pickupId }, select: { networkId: true } });
    const m = pickup && (await prisma.membership.findFirst({ where: { userId: session.user.id, networkId: pickup.networkId, role: { in: ["admin", "coordinator"] } }, select: { id: true } }));
    if (!m) return;
    // ok: missing-authorization
    await prisma.pickupRequest.update({ where: { id: pickupId }, data: { driverId, status: "assigned" } });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function redirectToRoute(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session) redirect("/login");
    const next = formData.get("next") as string;
    // why: client-supplied redirect target, no check (open redirect)
    redirect(next);
  }

  return (
    <form action={assignDriver}>
      <input name="pickupId" /><input name="driverId" /><button>Assign</button>
      <button formAction={redirectToRoute} name="next" value="/routes">Back</button>
    </form>
  );
}
