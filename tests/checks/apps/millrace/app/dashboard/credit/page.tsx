import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, members } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { balanceOf, adjustCredit } from "@/lib/credit";
import { CreditBadge } from "@/components/CreditBadge";

export default async function CreditPage() {
  const member = await requireMember();
  const balance = await balanceOf(member.id);

  // ok: missing-auth, missing-input-validation
  async function donate(formData: FormData) {
    "use server";
    const me = await requireMember();
    const amount = z.coerce.number().int().min(100).max(5000).parse(formData.get("amount"));
    if ((await balanceOf(me.id)) < amount) return;
    // ok: mass-assignment
    await adjustCredit(me.id, -amount, "donation");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function gift(formData: FormData) {
    "use server";
    const me = await requireMember();
    const to = formData.get("to") as string;
    const amount = Number(formData.get("amount"));
    await adjustCredit(me.id, -amount, "gift-out"); // ruleid: mass-assignment -- pass 40: an unchecked amount moves the balance through adjustCredit (a negative gift raises the giver's)
    await adjustCredit(to, amount, "gift-in"); // ruleid: mass-assignment // todook: missing-authorization -- (gap judge, pass 39: ambiguous) a gift credits a member the client names; the harm (a negative amount) is the missing-input-validation label
  }

  const [row] = await db.select({ name: members.displayName }).from(members).where(eq(members.id, member.id));
  return (
    <main>
      <CreditBadge cents={balance} name={row?.name ?? ""} />
      <form action={donate}><input name="amount" /><button>Donate to the space</button></form>
      <form action={gift}><input name="to" /><input name="amount" /><button>Gift</button></form>
    </main>
  );
}
