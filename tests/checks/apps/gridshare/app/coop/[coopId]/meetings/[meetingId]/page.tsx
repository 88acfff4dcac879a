import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireCoopMember } from "@/lib/coop/membership";
import { VoteButtons } from "@/components/VoteButtons";
import { castVote } from "../actions";

export default async function MeetingPage({ params }: { params: Promise<{ coopId: string; meetingId: string }> }) {
  const { coopId, meetingId } = await params;
  await requireCoopMember(coopId);
  const meeting = await prisma.meeting.findFirst({
    where: { id: meetingId, coopId },
    select: { title: true, startsAt: true, motions: { select: { id: true, title: true, status: true } } },
  });
  if (!meeting) notFound();
  return (
    <article>
      <h1>{meeting.title}</h1>
      <p>{meeting.startsAt.toLocaleString()}</p>
      {meeting.motions.map((m) => (
        <div key={m.id}>
          <h2>{m.title}</h2>
          {m.status === "open" && <VoteButtons coopId={coopId} motionId={m.id} castVote={castVote} />}
        </div>
      ))}
    </article>
  );
}
