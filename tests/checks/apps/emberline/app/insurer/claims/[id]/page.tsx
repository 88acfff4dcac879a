import { notFound } from "next/navigation";
import { requireInsurer, getInsurerSession } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireInsurer();
  const claim = await prisma.claim.findFirst({ where: { id, insurerId: session.insurerId }, select: { id: true, status: true, amountCents: true } });
  if (!claim) notFound();

  // ok: missing-auth, missing-input-validation
  async function requestInfo(formData: FormData) {
    "use server";
    const s = await requireInsurer();
    const note = String(formData.get("note") ?? "");
    if (note.length === 0 || note.length > 2000) throw new Error("Invalid note");
    // ok: missing-authorization
    await prisma.claim.updateMany({ where: { id, insurerId: s.insurerId }, data: { status: "info_requested", payerNotes: note } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function escalate() {
    "use server";
    const s = await getInsurerSession();
    console.log("escalating", s.insurerUserId);
    await prisma.claim.updateMany({ where: { id, insurerId: s.insurerId }, data: { status: "escalated" } });
  }

  return (
    <main>
      <h1>Claim {claim.id}</h1>
      <form action={requestInfo}><textarea name="note" /><button>Request info</button></form>
      <form action={escalate}><button>Escalate</button></form>
    </main>
  );
}
