import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertMatterAccess, canAccessMatter, isLeadAttorney } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { DeadlineForm } from "@/components/deadline-form";

const deadlineSchema = z.object({
  title: z.string().min(2).max(200),
  dueAt: z.coerce.date(),
  rule: z.string().max(60).optional(),
});

export default async function MatterPage({ params }: { params: Promise<{ matterId: string }> }) {
  const { matterId } = await params;
  const session = await verifySession();
  // ok: floating-auth-check
  if (!(await canAccessMatter(session, matterId))) notFound();
  const matter = await prisma.matter.findUnique({
    where: { id: matterId },
    select: { id: true, number: true, title: true, status: true, deadlines: { select: { id: true, title: true, dueAt: true } } },
  });
  if (!matter) notFound();

  // ok: missing-auth, missing-input-validation
  async function addDeadline(boundMatterId: string, _prev: unknown, formData: FormData) {
    "use server";
    const s = await verifySession();
    const id = z.string().cuid().parse(boundMatterId);
    // ok: floating-auth-check
    await assertMatterAccess(s, id);
    const parsed = deadlineSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Check the deadline fields." };
    await prisma.deadline.create({
      // ok: mass-assignment
      data: { ...parsed.data, matterId: id, firmId: s.firmId },
    });
    revalidatePath(`/matters/${id}`);
    return { ok: true };
  }

  // Lead attorney can wall a colleague off the matter.
  // ruleid: missing-input-validation
  // ok: missing-auth, missing-audit-log
  async function wallOffColleague(boundMatterId: string, formData: FormData) {
    "use server";
    const s = await verifySession();
    // ruleid: floating-auth-check
    if (!isLeadAttorney(s.userId, boundMatterId)) {
      throw new Error("Only the lead attorney can add ethical walls");
    }
    const colleagueId = String(formData.get("userId"));
    // ruleid: missing-authorization
    // todook: mass-assignment -- (gap judge: ambiguous) the walled colleague's userId written by the lead attorney: the subject of the feature, not an owner
    await prisma.ethicalWall.create({ data: { matterId: boundMatterId, userId: colleagueId, reason: String(formData.get("reason") ?? "") } });
    await auditLog({ firmId: s.firmId, actorId: s.userId, action: "wall.created", target: boundMatterId, meta: { colleagueId } });
    revalidatePath(`/matters/${boundMatterId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function completeDeadline(deadlineId: string) {
    "use server";
    const s = await verifySession();
    const id = z.string().cuid().parse(deadlineId);
    await prisma.deadline.updateMany({ where: { id, firmId: s.firmId, matter: { walls: { none: { userId: s.userId } } } }, data: { completed: true } });
    revalidatePath(`/matters/${matter!.id}`);
  }

  return (
    <section>
      <h1>
        {matter.number} — {matter.title}
      </h1>
      <DeadlineForm action={addDeadline.bind(null, matter.id)} />
      <ul>
        {matter.deadlines.map((d) => (
          <li key={d.id}>
            {d.title} · {d.dueAt.toDateString()}
            <form action={completeDeadline.bind(null, d.id)}>
              <button>Done</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={wallOffColleague.bind(null, matter.id)}>
        <input name="userId" placeholder="Colleague id" />
        <input name="reason" placeholder="Reason" />
        <button>Add ethical wall</button>
      </form>
    </section>
  );
}
