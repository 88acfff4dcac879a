import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireOwner } from "@/lib/auth/owner";
import { createClient } from "@/lib/auth/supabase";
import { db, boats } from "@/lib/db";

export default async function BoatPage({ params }: { params: Promise<{ id: string }> }) {
  const { owner } = await requireOwner();
  const { id } = await params;
  const boat = await db.query.boats.findFirst({ where: and(eq(boats.id, id), eq(boats.ownerId, owner.id)), columns: { id: true, name: true, insurancePolicy: true } });
  if (!boat) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveInsurance(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) redirect("/login");
    const policy = z.string().max(60).parse(formData.get("policy"));
    const boatId = z.string().uuid().parse(formData.get("boatId"));
    // ok: missing-authorization
    await db.update(boats).set({ insurancePolicy: policy }).where(and(eq(boats.id, boatId), eq(boats.ownerId, user.id)));
  }

  // ok: missing-auth, missing-input-validation
  async function deleteThisBoat(formData: FormData) {
    "use server";
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) redirect("/login");
    const boatId = z.string().uuid().parse(formData.get("boatId"));
    // ruleid: missing-authorization
    await db.delete(boats).where(eq(boats.id, boatId));
    redirect("/boats");
  }

  return (
    <main>
      <h1>{boat.name}</h1>
      <form action={saveInsurance}>
        <input type="hidden" name="boatId" value={boat.id} />
        <input name="policy" defaultValue={boat.insurancePolicy ?? ""} />
        <button>Save</button>
      </form>
      <form action={deleteThisBoat}>
        <input type="hidden" name="boatId" value={boat.id} />
        <button>Remove boat</button>
      </form>
    </main>
  );
}
