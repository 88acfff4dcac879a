import { auth } from "@clerk/nextjs/server";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { acceptQuote, payDeposit } from "@/app/quotes/actions";

export default async function QuotePage({ params }: { params: Promise<{ quoteId: string }> }) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const { quoteId } = await params;
  const quote = await prisma.quote.findFirst({ where: { id: quoteId, customerId: userId }, select: { id: true, amountCents: true, depositCents: true, status: true } });
  if (!quote) notFound();

  // ok: missing-auth, missing-input-validation
  async function requestChanges(formData: FormData) {
    "use server";
    const { userId: uid } = await auth.protect();
    const note = formData.get("note");
    if (typeof note !== "string" || note.length > 2000) throw new Error("Invalid note");
    // ok: missing-authorization
    await prisma.quote.updateMany({ where: { id: quoteId, customerId: uid }, data: { status: "changes_requested", internalNote: note } });
  }

  return (
    <main>
      <h1>Quote</h1>
      <p>Total: €{(quote.amountCents / 100).toFixed(2)} · Deposit €{(quote.depositCents / 100).toFixed(2)}</p>
      <form action={acceptQuote.bind(null, quote.id)}>
        <button>Accept</button>
      </form>
      <form action={payDeposit.bind(null, quote.id)}>
        <button>Pay deposit</button>
      </form>
      <form action={requestChanges}>
        <textarea name="note" />
        <button>Request changes</button>
      </form>
    </main>
  );
}
