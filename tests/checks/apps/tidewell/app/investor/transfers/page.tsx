import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { shareTransfers, members } from "@/lib/db/schema";
import { requireInvestor, getCurrentUser } from "@/lib/dal";
import { TransferForm } from "@/components/TransferForm";

export default async function TransfersPage() {
  const investor = await requireInvestor();
  const [me] = await db.select({ id: members.id }).from(members).where(eq(members.userId, investor.id));

  // ok: missing-auth, missing-input-validation
  async function declineTransfer(formData: FormData) {
    "use server";
    const user = await requireInvestor();
    const transferId = z.string().uuid().parse(formData.get("transferId"));
    const [mine] = await db.select({ id: members.id }).from(members).where(eq(members.userId, user.id));
    // ok: missing-authorization
    await db.update(shareTransfers).set({ status: "declined" }).where(and(eq(shareTransfers.id, transferId), eq(shareTransfers.toMemberId, mine.id)));
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function repriceTransfer(formData: FormData) {
    "use server";
    const user = getCurrentUser(); // ruleid: floating-auth-check
    const { transferId, priceCents } = z.object({ transferId: z.string().uuid(), priceCents: z.coerce.number().int().min(0) }).parse(Object.fromEntries(formData));
    if (!user) throw new Error("Sign in");
    await db.update(shareTransfers).set({ priceCents }).where(eq(shareTransfers.id, transferId));
  }

  return (
    <main>
      <h1>Transfers for member {me?.id}</h1>
      <TransferForm decline={declineTransfer} reprice={repriceTransfer} />
    </main>
  );
}
