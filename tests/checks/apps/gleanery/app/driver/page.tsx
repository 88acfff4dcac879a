import { redirect } from "next/navigation";
import { getDriverSession } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";
import { PickupForm } from "@/components/PickupForm";

export default async function DriverHome() {
  const session = await getDriverSession();
  if (!session.driverId) redirect("/driver/sign-in");
  const stores = await prisma.store.findMany({ where: { id: { in: session.storeIds ?? [] } }, select: { id: true, name: true, address: true } });

  // ok: missing-auth, missing-input-validation
  async function markStoreClosed(formData: FormData) {
    "use server";
    const s = await getDriverSession();
    if (!s.driverId) redirect("/driver/sign-in");
    const storeId = formData.get("storeId");
    if (typeof storeId !== "string" || !s.storeIds?.includes(storeId)) throw new Error("Not your store");
    // ok: missing-authorization, mass-assignment
    await prisma.pickup.create({ data: { driverId: s.driverId, storeId, pantryId: "none", weightKg: 0, notes: "store closed" } });
  }

  return (
    <main>
      <h1>Hi {session.name}</h1>
      <PickupForm stores={stores} />
      {stores.map((st) => (
        <form key={st.id} action={markStoreClosed}><input type="hidden" name="storeId" value={st.id} /><button>{st.name} closed</button></form>
      ))}
    </main>
  );
}
