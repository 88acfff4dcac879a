"use client";

import { useServerAction } from "zsa-react";
import { submitScore } from "@/app/actions/competitions";

export default function ScoreEntry({ competitionId, problems }: { competitionId: string; problems: number[] }) {
  const { execute, isPending, error } = useServerAction(submitScore);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        await execute({
          competitionId,
          climberId: String(fd.get("climberId")),
          problemNo: Number(fd.get("problemNo")),
          attempts: Number(fd.get("attempts")),
          zone: fd.get("zone") === "on",
          top: fd.get("top") === "on",
        });
      }}
    >
      <input name="climberId" placeholder="Climber id / bib scan" />
      <select name="problemNo">
        {problems.map((p) => (
          <option key={p} value={p}>#{p}</option>
        ))}
      </select>
      <input name="attempts" type="number" min={1} defaultValue={1} />
      <label><input type="checkbox" name="zone" /> Zone</label>
      <label><input type="checkbox" name="top" /> Top</label>
      {error && <p className="text-red-600">{error.message}</p>}
      <button disabled={isPending}>Save</button>
    </form>
  );
}
