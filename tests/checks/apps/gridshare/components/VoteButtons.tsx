"use client";

import { useTransition } from "react";

type Choice = "for" | "against" | "abstain";

export function VoteButtons({
  coopId,
  motionId,
  castVote,
}: {
  coopId: string;
  motionId: string;
  castVote: (input: { coopId: string; motionId: string; choice: Choice }) => Promise<void>;
}) {
  const [pending, start] = useTransition();
  return (
    <div className="flex gap-2">
      {(["for", "against", "abstain"] as const).map((choice) => (
        <button key={choice} disabled={pending} onClick={() => start(() => castVote({ coopId, motionId, choice }))}>
          {choice}
        </button>
      ))}
    </div>
  );
}
