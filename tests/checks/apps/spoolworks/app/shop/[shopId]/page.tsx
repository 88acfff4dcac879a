import { redirect, notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { getShopRole } from "@/lib/permissions";
import { tdb } from "@/lib/db/drizzle";
import { printers } from "@/lib/db/schema";
import { PrinterTable } from "@/components/PrinterTable";

export default async function ShopDashboard({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login");
  const role = await getShopRole(user.id, shopId);
  if (!role) notFound();
  const fleet = await tdb.select({ id: printers.id, name: printers.name, model: printers.model, status: printers.status }).from(printers).where(eq(printers.shopId, shopId));

  // ok: missing-auth, missing-input-validation
  async function renamePrinter(formData: FormData) {
    "use server";
    const { user } = await validateRequest();
    if (!user) throw new Error("Unauthorized");
    const r = await getShopRole(user.id, shopId);
    if (r !== "owner" && r !== "manager") throw new Error("Forbidden");
    const { printerId, name } = z.object({ printerId: z.string().uuid(), name: z.string().min(1).max(64) }).parse({ printerId: formData.get("printerId"), name: formData.get("name") });
    const [p] = await tdb.select({ shopId: printers.shopId }).from(printers).where(eq(printers.id, printerId));
    if (!p || p.shopId !== shopId) throw new Error("Not found");
    // ok: missing-authorization
    await tdb.update(printers).set({ name }).where(eq(printers.id, printerId));
  }

  // ok: missing-auth, missing-input-validation
  async function flagForMaintenance(formData: FormData) {
    "use server";
    const { user } = await validateRequest();
    if (!user) throw new Error("Unauthorized");
    const printerId = z.string().uuid().parse(formData.get("printerId"));
    // why: printer id from the form; no membership/role check and no shop constraint (any shop's printer)
    // ruleid: missing-authorization
    await tdb.update(printers).set({ status: "maintenance" }).where(eq(printers.id, printerId));
  }

  return (
    <main>
      <h1>Fleet ({fleet.length})</h1>
      <PrinterTable printers={fleet} />
      <form action={renamePrinter}>
        <input name="printerId" />
        <input name="name" />
        <button>Rename</button>
      </form>
      <form action={flagForMaintenance}>
        <input name="printerId" />
        <button>Flag for maintenance</button>
      </form>
    </main>
  );
}
