import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";

const NoteSchema = v.object({ note: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)) });

export default async function DonorPage({ params }: { params: Promise<{ charityId: string; donorId: string }> }) {
  const { charityId, donorId } = await params;
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const donor = await prisma.donor.findFirst({
    where: { id: donorId, charityId: ctx.charityId },
    select: { id: true, firstName: true, lastName: true, email: true, lifetimePence: true, wealthNotes: true },
  });
  if (!donor) notFound();

  // ok: missing-auth, missing-input-validation
  async function appendNote(formData: FormData) {
    "use server";
    const c = await requireCharityRole(charityId, FUNDRAISING_ROLES);
    const { note } = v.parse(NoteSchema, { note: formData.get("note") });
    // ok: missing-authorization
    const target = await prisma.donor.findFirst({ where: { id: donorId, charityId: c.charityId }, select: { wealthNotes: true } });
    if (!target) return;
    await prisma.donor.updateMany({
      where: { id: donorId, charityId: c.charityId },
      data: { wealthNotes: `${target.wealthNotes ?? ""}\n${new Date().toISOString()} ${note}` },
    });
    revalidatePath(`/dashboard/${c.charityId}/donors/${donorId}`);
  }

  return (
    <section>
      <h1>
        {donor.firstName} {donor.lastName}
      </h1>
      <p>Lifetime giving: £{(donor.lifetimePence / 100).toFixed(2)}</p>
      <pre>{donor.wealthNotes}</pre>
      <form action={appendNote}>
        <textarea name="note" />
        <button>Add note</button>
      </form>
    </section>
  );
}
