import { revalidatePath } from "next/cache";
import { currentUser } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { members } from "@/db/schema";
import { getMySubscriptionSummary } from "@/app/actions/subscriptions";
import { SwapForm } from "@/components/SwapForm";

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const sub = await getMySubscriptionSummary();

  // ok: missing-auth, missing-input-validation
  async function updatePhone(formData: FormData) {
    "use server";
    const me = await currentUser();
    if (!me) redirect("/sign-in");
    const phone = z.string().regex(/^\+?[0-9 ]{7,20}$/).parse(formData.get("phone"));
    // ok: missing-authorization, mass-assignment
    await db.update(members).set({ phone }).where(eq(members.clerkUserId, me.id));
    revalidatePath("/account");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function updateAddress(formData: FormData) {
    "use server";
    const me = await currentUser();
    const address = z.string().min(5).max(200).parse(formData.get("address"));
    await db.update(members).set({ address }).where(eq(members.clerkUserId, me?.id ?? ""));
    revalidatePath("/account");
  }

  // ok: missing-auth, missing-input-validation
  async function updateAddressFor(formData: FormData) {
    "use server";
    const me = await currentUser();
    if (!me) redirect("/sign-in");
    const input = z.object({ memberId: z.string().uuid(), address: z.string().min(5).max(200) }).parse(Object.fromEntries(formData));
    // ruleid: missing-authorization
    await db.update(members).set({ address: input.address }).where(eq(members.id, input.memberId));
    revalidatePath("/account");
  }

  return (
    <main className="mx-auto max-w-xl space-y-6 p-6">
      <h1 className="text-2xl font-semibold">Hello {user.firstName}</h1>
      {sub ? <p>Your {sub.size} box ({sub.status})</p> : <p>No share yet.</p>}
      <form action={updatePhone}><input name="phone" className="input" /><button className="btn">Save phone</button></form>
      <form action={updateAddress}><input name="address" className="input" /><button className="btn">Save address</button></form>
      <form action={updateAddressFor}><input type="hidden" name="memberId" value={sub?.id ?? ""} /><input name="address" className="input" /><button className="btn">Save household address</button></form>
      {sub && <SwapForm subscriptionId={sub.id} />}
    </main>
  );
}
