import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireStaff, verifySession } from "@/lib/dal";
import { DESK } from "@/lib/validation";

export default async function MemberPage({ params }: { params: Promise<{ studioId: string; memberId: string }> }) {
  const { studioId, memberId } = await params;
  const staff = await requireStaff(studioId, DESK);
  const member = await prisma.member.findFirst({
    where: { id: memberId, studioId: staff.studioId },
    select: { id: true, firstName: true, lastName: true, status: true, flagged: true, credits: true },
  });
  if (!member) notFound();

  // Bound with .bind(null, member.id) below; bound args travel with the request.
  // ok: missing-auth, missing-input-validation
  async function addNote(targetMemberId: string, formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const input = z.object({ memberId: z.string().cuid(), body: z.string().min(1).max(2000) }).parse({ memberId: targetMemberId, body: formData.get("body") });
    // ruleid: missing-authorization
    await prisma.memberNote.create({ data: { memberId: input.memberId, authorId: userId, body: input.body } });
    revalidatePath(`/studio/${studioId}/members/${input.memberId}`);
  }

  // ruleid: missing-auth
  async function flagMember() {
    "use server";
    await prisma.member.update({ where: { id: memberId }, data: { flagged: true } });
    revalidatePath(`/studio/${studioId}/members/${memberId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addCredits(formData: FormData) {
    "use server";
    const me = await requireStaff(studioId, ["OWNER", "STUDIO_MANAGER"]);
    const amount = z.coerce.number().int().min(1).max(50).parse(formData.get("amount"));
    // ok: missing-authorization
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
    await prisma.member.updateMany({ where: { id: memberId, studioId: me.studioId }, data: { credits: { increment: amount } } });
    revalidatePath(`/studio/${studioId}/members/${memberId}`);
  }

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">
        {member.firstName} {member.lastName}
      </h1>
      <p>Status: {member.status} · Credits: {member.credits}</p>
      <form action={addNote.bind(null, member.id)}>
        <textarea name="body" />
        <button type="submit">Add note</button>
      </form>
      <form action={flagMember}>
        <button type="submit">Flag for manager review</button>
      </form>
      <form action={addCredits}>
        <input name="amount" type="number" min={1} max={50} />
        <button type="submit">Add credits</button>
      </form>
    </section>
  );
}
