import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOwner } from "@/lib/auth/owner-session";
import { getEm, Boat } from "@/lib/db/orm";

export default async function OwnerBoatPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwner();
  const { id } = await params;
  const em = await getEm();
  const boat = await em.findOne(Boat, { id, owner: session.ownerId }, { fields: ["id", "name", "registration", "lengthM", "insurancePolicyNo", "insuranceExpiry"] });
  if (!boat) notFound();

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function renameBoat(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const me = await requireOwner();
    const name = z.string().trim().min(1).max(80).parse(formData.get("name"));
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Boat, { id: boat!.id, owner: me.ownerId }, { name });
    revalidatePath(`/portal/boats/${boat!.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function updateInsurance(formData: FormData) {
    "use server";
    const me = await requireOwner();
    const data = z
      .object({ insurancePolicyNo: z.string().max(60), insuranceExpiry: z.string().date() })
      .parse({ insurancePolicyNo: formData.get("policy"), insuranceExpiry: formData.get("expiry") });
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Boat, { id: boat!.id, owner: me.ownerId },
      // ok: mass-assignment
      data,
    );
    revalidatePath(`/portal/boats/${boat!.id}`);
  }

  return (
    <article className="space-y-6">
      <h1 className="text-2xl font-semibold">{boat.name}</h1>
      <form action={renameBoat} className="flex gap-2">
        <input name="name" defaultValue={boat.name} />
        <button>Rename</button>
      </form>
      <form action={updateInsurance} className="grid gap-2">
        <input name="policy" defaultValue={boat.insurancePolicyNo ?? ""} placeholder="Policy number" />
        <input name="expiry" type="date" defaultValue={boat.insuranceExpiry ?? ""} />
        <button>Save insurance</button>
      </form>
    </article>
  );
}
