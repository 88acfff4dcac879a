import { notFound } from "next/navigation";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import Score from "@/models/Score";
import { getViewer } from "@/lib/session";
import { objectId } from "@/lib/validation";
import ScoreEntry from "@/components/ScoreEntry";

export default async function JudgePage({ params }: { params: Promise<{ compId: string }> }) {
  const { compId } = await params;
  if (!objectId.safeParse(compId).success) notFound();
  await dbConnect();
  const comp = await Competition.findById(compId).select("title problems status").lean();
  if (!comp) notFound();

  // Head judge correction after a protest.
  // ruleid: missing-auth
  async function overrideScore(formData: FormData) {
    "use server";
    const viewer = await getViewer();
    const scoreId = objectId.parse(formData.get("scoreId"));
    const top = formData.get("top") === "on";
    await dbConnect();
    await Score.updateOne({ _id: scoreId, competitionId: compId }, { $set: { top, verified: true, judgeId: viewer?.id } });
  }

  return (
    <div>
      <h1 className="text-xl">{comp.title} — judging</h1>
      <ScoreEntry competitionId={compId} problems={comp.problems.map((p) => p.no ?? 0)} />
      <form action={overrideScore} className="mt-8">
        <input name="scoreId" placeholder="Score id" />
        <label>
          <input type="checkbox" name="top" /> Top
        </label>
        <button>Override</button>
      </form>
    </div>
  );
}
