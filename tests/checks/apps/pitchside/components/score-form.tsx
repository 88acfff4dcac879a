"use client";

import { useTransition } from "react";
import { submitScore } from "@/app/actions/kiosk";

export function ScoreForm({ matchId }: { matchId: string }) {
  const [pending, start] = useTransition();
  return (
    <form
      action={(fd) => start(async () => void (await submitScore(fd)))}
      className="mt-2 flex items-center gap-2"
    >
      <input type="hidden" name="matchId" value={matchId} />
      <input name="homeScore" type="number" min={0} className="input w-16" />
      <span>–</span>
      <input name="awayScore" type="number" min={0} className="input w-16" />
      <button disabled={pending} className="btn">
        Final
      </button>
    </form>
  );
}
