import { notFound } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { canResolveIncident } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user?.id) notFound();
  const incident = await prisma.incident.findUnique({ where: { id }, select: { id: true, severity: true, description: true, status: true, agencyId: true } });
  if (!incident) notFound();

  // ok: missing-auth, missing-input-validation
  async function addFollowUp(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    const text = z.string().min(1).max(4000).parse(formData.get("text"));
    // ruleid: floating-auth-check
    if (!canResolveIncident(s.user.id, id)) throw new Error("Forbidden");
    // ruleid: missing-authorization -- (fixed in pass 31) the only check of the page's route id never runs
    await prisma.incident.update({ where: { id }, data: { description: `${incident!.description}\n\nFollow-up: ${text}` } });
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function reopen() {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    // ok: floating-auth-check
    const allowed = await canResolveIncident(s.user.id, id);
    if (!allowed) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.incident.update({ where: { id }, data: { status: "open", resolvedBy: null } });
    await auditLog({ actorId: s.user.id, action: "incident.reopened", target: id });
  }

  return (
    <main>
      <h1>Incident ({incident.severity})</h1>
      <p>{incident.description}</p>
      <form action={addFollowUp}><textarea name="text" /><button>Add follow-up</button></form>
      <form action={reopen}><button>Reopen</button></form>
    </main>
  );
}
