import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { getContractForCurrentUser } from "@/lib/contracts/dal";
import { requireUser } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { ContractEditor } from "@/components/contract-editor";
import { ApprovalButton } from "@/components/approval-button";

type Props = { params: Promise<{ slug: string; contractId: string }> };

export default async function ContractPage({ params }: Props) {
  const { slug, contractId } = await params;
  const { contract } = await getContractForCurrentUser(contractId);

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function archive() {
    "use server";
    const { user, contract: c } = await getContractForCurrentUser(contractId);
    if (c.role === "viewer") throw new Error("Read-only");
    // ok: missing-authorization
    await db.update(contracts).set({ archivedAt: new Date() }).where(and(eq(contracts.id, c.id), eq(contracts.workspaceId, c.workspaceId)));
    await auditLog({ actorId: user.id, workspaceId: c.workspaceId, action: "contract.archive", target: c.id });
    redirect(`/w/${slug}/contracts`);
  }

  // ok: missing-auth, missing-input-validation
  async function setRenewalDate(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireUser();
    const { id, date } = z.object({ id: z.string().uuid(), date: z.coerce.date() }).parse({ id: formData.get("contractId"), date: formData.get("renewalDate") });
    // why: contract id from a hidden form field, updated with no workspace/ownership check (the page's check ran at render only)
    // ruleid: missing-authorization
    await db.update(contracts).set({ renewalDate: date }).where(eq(contracts.id, id));
    revalidatePath(`/w/${slug}/contracts/${id}`);
  }

  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-semibold">{contract.title}</h1>
      <ContractEditor contractId={contract.id} />
      <ApprovalButton contractId={contract.id} />
      <form action={setRenewalDate}>
        <input type="hidden" name="contractId" value={contract.id} />
        <input type="date" name="renewalDate" />
        <button type="submit">Save renewal date</button>
      </form>
      <form action={archive}>
        <button type="submit">Archive</button>
      </form>
    </main>
  );
}
