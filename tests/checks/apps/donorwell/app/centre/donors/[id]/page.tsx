import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff } from "@/lib/dal";
import { donorBelongsToCentre } from "@/lib/guards";
import { audit } from "@/lib/audit";

export default async function DonorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireCentreStaff();
  const donor = await db
    .selectFrom("donors")
    .select(["id", "fullName", "bloodType", "dateOfBirth"])
    .where("id", "=", id)
    .where("centreId", "=", staff.centreId)
    .executeTakeFirst();
  if (!donor) notFound();

  // ok: missing-auth, missing-input-validation
  async function defer(formData: FormData) {
    "use server";
    const me = await requireCentreStaff(["nurse"]);
    const input = z.object({ donorId: z.string().uuid(), reason: z.string().min(3).max(300), days: z.coerce.number().int().min(1).max(3650) }).parse(Object.fromEntries(formData));
    // ok: floating-auth-check
    if (!(await donorBelongsToCentre(input.donorId, me.centreId))) notFound();
    // ok: missing-authorization, mass-assignment
    await db.insertInto("deferrals").values({ donorId: input.donorId, centreId: me.centreId, reason: input.reason, until: new Date(Date.now() + input.days * 86_400_000), createdBy: me.user.id, lifted: false }).execute();
    await audit.record({ actorId: me.user.id, action: "deferral.create", target: input.donorId });
    revalidatePath(`/centre/donors/${input.donorId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addHealthNote(formData: FormData) {
    "use server";
    const me = await requireCentreStaff();
    const input = z.object({ donorId: z.string().uuid(), note: z.string().max(2000) }).parse(Object.fromEntries(formData));
    // ruleid: missing-authorization
    await db.updateTable("donors").set({ healthNotes: input.note }).where("id", "=", input.donorId).execute();
    revalidatePath(`/centre/donors/${input.donorId}?by=${me.user.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function setBloodType(formData: FormData) {
    "use server";
    const me = await requireCentreStaff(["nurse"]);
    const input = z.object({ bloodType: z.enum(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await db.updateTable("donors").set({ bloodType: input.bloodType }).where("id", "=", donor!.id).where("centreId", "=", me.centreId).execute();
  }

  return (
    <main>
      <h1>{donor.fullName}</h1>
      <p>Blood type: {donor.bloodType ?? "unknown"}</p>
      <form action={defer}>
        <input type="hidden" name="donorId" value={donor.id} />
        <input name="reason" />
        <input name="days" type="number" />
        <button>Defer</button>
      </form>
      <form action={addHealthNote}>
        <input type="hidden" name="donorId" value={donor.id} />
        <textarea name="note" />
        <button>Add note</button>
      </form>
      <form action={setBloodType}>
        <select name="bloodType">{["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"].map((t) => <option key={t}>{t}</option>)}</select>
        <button>Set</button>
      </form>
    </main>
  );
}
