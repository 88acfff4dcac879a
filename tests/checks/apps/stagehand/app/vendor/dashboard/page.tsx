import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { getVendorSession } from "@/lib/auth/vendor-session";

export default async function VendorDashboard() {
  const session = await getVendorSession();
  if (!session.vendorId) redirect("/vendor/login");
  const vendor = await db.selectFrom("vendors").select(["business_name", "phone", "status"]).where("id", "=", session.vendorId).executeTakeFirstOrThrow();

  // ok: missing-auth, missing-input-validation
  async function updatePhone(formData: FormData) {
    "use server";
    const s = await getVendorSession();
    if (!s.vendorId) redirect("/vendor/login");
    const phone = formData.get("phone");
    if (typeof phone !== "string" || !/^\+?[0-9 ]{6,20}$/.test(phone)) return;
    // ok: missing-authorization
    await db.updateTable("vendors").set({ phone }).where("id", "=", s.vendorId).execute();
    revalidatePath("/vendor/dashboard");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function toggleOpen(formData: FormData) {
    "use server";
    const s = await getVendorSession();
    const open = formData.get("open") === "on";
    await db.updateTable("vendors").set({ status: open ? "trading" : "closed" }).where("id", "=", s.vendorId ?? "").execute();
  }

  return (
    <main>
      <h1>{vendor.business_name}</h1>
      <form action={updatePhone}>
        <input name="phone" defaultValue={vendor.phone ?? ""} />
        <button>Save</button>
      </form>
      <form action={toggleOpen}>
        <input type="checkbox" name="open" defaultChecked={vendor.status === "trading"} />
        <button>Update</button>
      </form>
    </main>
  );
}
