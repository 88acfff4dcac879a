import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/auth/kinde";
import { summariseNotes } from "@/lib/ai";
import { checkRateLimit } from "@/lib/ratelimit";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireStaff();
  const note = await prisma.visitNote.findFirst({ where: { id, clinicId: me.clinicId }, select: { id: true, body: true, summary: true } });

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function summarise() {
    "use server";
    const staff = await requireStaff();
    await checkRateLimit(`sum:${staff.id}`, 20);
    // ok: missing-authorization
    const n = await prisma.visitNote.findFirst({ where: { id, clinicId: staff.clinicId }, select: { body: true } });
    if (!n) return;
    // ok: missing-authorization
    await prisma.visitNote.updateMany({ where: { id, clinicId: staff.clinicId }, data: { summary: await summariseNotes(n.body) } });
  }

  return (
    <article>
      <pre>{note?.body}</pre>
      <p>{note?.summary}</p>
      <form action={summarise}><button>Summarise with AI</button></form>
    </article>
  );
}
