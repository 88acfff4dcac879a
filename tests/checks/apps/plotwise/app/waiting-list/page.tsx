import { requireMember } from "@/lib/auth/current";
import { prisma } from "@/lib/db";
import { PlotApplyForm } from "@/components/PlotApplyForm";
import { withdrawApplication } from "@/app/actions/plots";

export default async function WaitingListPage() {
  const { user } = await requireMember();
  const mine = await prisma.plotApplication.findFirst({
    where: { userId: user.id, status: "WAITING" },
    select: { id: true, position: true, preferredSite: true },
  });
  const total = await prisma.plotApplication.count({ where: { status: "WAITING" } });
  return (
    <div>
      <h1>Waiting list</h1>
      {mine ? (
        <>
          <p>You are number {mine.position} of {total}{mine.preferredSite ? ` for ${mine.preferredSite}` : ""}.</p>
          <form action={withdrawApplication.bind(null, mine.id)}>
            <button>Leave the waiting list</button>
          </form>
        </>
      ) : (
        <PlotApplyForm />
      )}
    </div>
  );
}
