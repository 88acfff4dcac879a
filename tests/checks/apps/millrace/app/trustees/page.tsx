import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { db, members, machines } from "@/lib/db";
import { requireTrustee } from "@/lib/auth";
import { auditLog } from "@/lib/audit";

export default async function TrusteesPage() {
  await requireTrustee();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function removeTrustee(formData: FormData) {
    "use server";
    const { userId, has } = await auth();
    if (!userId || !has({ role: "org:trustee" })) redirect("/");
    const memberId = z.string().uuid().parse(formData.get("memberId"));
    // ok: missing-authorization
    await db.update(members).set({ role: "staff" }).where(eq(members.id, memberId));
    await auditLog({ actorId: userId, action: "trustee.remove", target: memberId });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function closeMachine(formData: FormData) {
    "use server";
    const { userId, has } = await auth();
    const machineId = z.string().uuid().parse(formData.get("machineId"));
    await db.update(machines).set({ active: false }).where(eq(machines.id, machineId));
    if (!userId || !has({ role: "org:trustee" })) throw new Error("Trustees only");
  }

  return (
    <div>
      <form action={removeTrustee}><input name="memberId" /><button>Remove trustee</button></form>
      <form action={closeMachine}><input name="machineId" /><button>Close machine</button></form>
    </div>
  );
}
