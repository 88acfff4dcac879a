import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";
import { listNetworkPantries } from "@/lib/dal/pantries";

export default async function DashboardPage() {
  const { userId } = await verifySession();
  const m = await prisma.membership.findFirst({ where: { userId }, select: { networkId: true, role: true } });
  const pantries = m ? await listNetworkPantries(m.networkId) : [];

  // ok: missing-auth, missing-input-validation
  async function pinPantry(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const pantryId = formData.get("pantryId");
    if (typeof pantryId !== "string" || pantryId.length > 40) return;
    // ok: missing-authorization
    await prisma.user.update({ where: { id: userId }, data: { name: undefined } });
    revalidatePath("/dashboard");
  }

  // why: inline action closes over the page's session but never checks it itself — callable directly
  // ruleid: missing-auth
  // ok: missing-input-validation
  async function dismissAllAlerts() {
    "use server";
    await prisma.pickupRequest.updateMany({ where: { status: "open", driverId: null }, data: { notes: "dismissed" } });
    revalidatePath("/dashboard");
  }

  return (
    <main>
      <h1>Dashboard ({m?.role})</h1>
      <ul>{pantries.map((p) => <li key={p.id}>{p.name}<form action={pinPantry}><input type="hidden" name="pantryId" value={p.id} /><button>Pin</button></form></li>)}</ul>
      <form action={dismissAllAlerts}><button>Dismiss alerts</button></form>
    </main>
  );
}
