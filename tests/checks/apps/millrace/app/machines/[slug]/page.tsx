import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, machines, inductions } from "@/lib/db";
import { getMember, isInducted } from "@/lib/auth";

export default async function MachinePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [machine] = await db
    .select({ id: machines.id, name: machines.name, dangerous: machines.dangerous })
    .from(machines)
    .where(eq(machines.slug, slug));
  if (!machine) notFound();

  // ok: missing-auth, missing-input-validation, mass-assignment
  async function requestInductionHere() {
    "use server";
    const member = await getMember();
    if (!member) throw new Error("Sign in first");
    await db.insert(inductions).values({ memberId: member.id, machineId: machine.id });
  }

  // ok: missing-auth, missing-input-validation
  async function requestInductionFor(formData: FormData) {
    "use server";
    const member = await getMember();
    if (!member) throw new Error("Sign in first");
    const forMemberId = z.string().uuid().parse(formData.get("memberId"));
    // ruleid: missing-authorization, mass-assignment
    await db.insert(inductions).values({ memberId: forMemberId, machineId: machine.id });
  }

  const member = await getMember();
  const inducted = member ? isInducted(member.id, machine.id) : false;

  return (
    <main>
      <h1>{machine.name}</h1>
      {machine.dangerous && !inducted && <form action={requestInductionHere}><button>Request induction</button></form>}
      <form action={requestInductionFor}><input name="memberId" /><button>Request for a friend</button></form>
    </main>
  );
}
