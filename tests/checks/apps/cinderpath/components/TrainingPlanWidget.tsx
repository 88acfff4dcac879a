"use client";

import { useServerAction } from "zsa-react";
import { generateTrainingPlan } from "@/app/actions/ai";

export function TrainingPlanWidget() {
  const { execute, data, isPending } = useServerAction(generateTrainingPlan);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ goal: String(fd.get("goal")), weeks: Number(fd.get("weeks")) });
      }}
    >
      <input name="goal" placeholder="Sub-50 10k" />
      <input name="weeks" type="number" defaultValue={8} />
      <button disabled={isPending}>Plan it</button>
      {data && <pre>{data.plan}</pre>}
    </form>
  );
}
