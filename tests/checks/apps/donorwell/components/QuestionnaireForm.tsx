"use client";

import { useActionState } from "react";
import { submitQuestionnaire } from "@/app/actions/questionnaire";

export function QuestionnaireForm() {
  const [state, action, pending] = useActionState(async (_: unknown, fd: FormData) => submitQuestionnaire(fd), null);
  return (
    <form action={action}>
      <label><input type="checkbox" name="feelingWell" /> I feel well today</label>
      <label><input type="checkbox" name="recentTattoo" /> Tattoo or piercing in the last 4 months</label>
      <label><input type="checkbox" name="travelledMalariaArea" /> Travelled to a malaria area</label>
      <label><input type="checkbox" name="pregnant" /> Pregnant or recently pregnant</label>
      <textarea name="medications" placeholder="Current medications" />
      <input name="weightKg" type="number" />
      <button disabled={pending}>Submit</button>
      {state?.ok && <p>Thanks, a nurse will review your answers.</p>}
    </form>
  );
}
