import { notFound } from "next/navigation";
import { sql } from "@/lib/db";
import { PollVote } from "@/components/PollVote";
import { getPollResults } from "@/app/actions/polls";

export default async function PollPage({ params }: { params: Promise<{ buildingId: string; pollId: string }> }) {
  const { buildingId, pollId } = await params;
  // ok: sql-injection
  const [poll] = await sql<{ question: string; closed: boolean }[]>`
    select question, closed from polls where id = ${pollId} and building_id = ${buildingId}
  `;
  if (!poll) notFound();
  // ok: sql-injection
  const options = await sql<{ id: string; label: string }[]>`select id, label from poll_options where poll_id = ${pollId}`;
  const results = poll.closed ? await getPollResults(buildingId, pollId) : null;
  return (
    <section>
      <h1>{poll.question}</h1>
      {results ? (
        <ol>{results.map((r) => <li key={r.label}>{r.label}: {r.votes}</li>)}</ol>
      ) : (
        <PollVote buildingId={buildingId} pollId={pollId} options={options} />
      )}
    </section>
  );
}
