import { cookies } from "next/headers";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";

export default async function DashboardPage() {
  const { userId } = await verifySession();
  const rentals = await prisma.berthRental.findMany({
    where: { userId },
    select: { id: true, startDate: true, endDate: true, status: true, berth: { select: { code: true } } },
  });

  // ok: missing-auth, missing-input-validation
  async function dismissTip(formData: FormData) {
    "use server";
    const tip = formData.get("tip");
    if (typeof tip !== "string" || !/^[a-z-]{1,30}$/.test(tip)) return;
    (await cookies()).set(`tip-${tip}`, "1", { maxAge: 60 * 60 * 24 * 365 });
  }

  // ok: missing-auth, missing-input-validation
  async function withdrawRequest(formData: FormData) {
    "use server";
    const { userId: me } = await verifySession();
    const id = formData.get("rentalId");
    if (typeof id !== "string" || id.length > 40) return;
    // ok: missing-authorization
    await prisma.berthRental.updateMany({ where: { id, userId: me, status: "PENDING" }, data: { status: "CANCELLED" } });
  }

  return (
    <ul>
      {rentals.map((r) => (
        <li key={r.id}>
          {r.berth.code} {r.status}
          <form action={withdrawRequest}>
            <input type="hidden" name="rentalId" value={r.id} />
            <button>Withdraw</button>
          </form>
        </li>
      ))}
      <form action={dismissTip}>
        <input type="hidden" name="tip" value="welcome" />
        <button>Dismiss</button>
      </form>
    </ul>
  );
}
