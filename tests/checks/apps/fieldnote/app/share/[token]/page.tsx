import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { PinGate } from "@/components/pin-gate";

/** Read-only job status page a technician can text to a customer; optionally protected by a 4-digit PIN. */
export default async function SharedJobPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const job = await prisma.job.findUnique({
    where: { shareToken: token },
    select: { id: true, title: true, status: true, scheduledAt: true, sharePin: true },
  });
  if (!job) notFound();

  const unlocked = (await cookies()).get(`share_${job.id}`)?.value === "1";

  // ruleid: missing-rate-limit
  async function unlock(formData: FormData) { // ok: missing-auth, missing-input-validation
    "use server";
    const pin = formData.get("pin");
    // ok: timing-unsafe-comparison
    if (typeof pin !== "string" || !/^\d{4}$/.test(pin)) return;
    const shared = await prisma.job.findUnique({ where: { shareToken: token }, select: { id: true, sharePin: true } });
    if (!shared) return;
    // ruleid: timing-unsafe-comparison
    if (pin !== shared.sharePin) return;
    (await cookies()).set(`share_${shared.id}`, "1", { httpOnly: true, maxAge: 3600, path: `/share/${token}` });
    redirect(`/share/${token}`);
  }

  if (job.sharePin && !unlocked) return <PinGate action={unlock} />;

  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-xl font-semibold">{job.title}</h1>
      <p>Status: {job.status}</p>
      {job.scheduledAt && <p>Scheduled for {job.scheduledAt.toLocaleString("en-GB")}</p>}
    </main>
  );
}
