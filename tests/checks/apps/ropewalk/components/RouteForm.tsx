"use client";

import { useActionState } from "react";
import { GRADES } from "@/lib/validation";

type State = { error?: string; ok?: boolean };

export default function RouteForm({ action }: { action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, {});
  return (
    <form action={formAction} className="grid grid-cols-2 gap-2">
      <input name="name" placeholder="Route name" required />
      <input name="wallId" placeholder="Wall (e.g. cave-2)" required />
      <select name="grade">
        {GRADES.map((g) => (
          <option key={g}>{g}</option>
        ))}
      </select>
      <input name="color" placeholder="Hold color" />
      <select name="style">
        <option value="boulder">Boulder</option>
        <option value="top_rope">Top rope</option>
        <option value="lead">Lead</option>
        <option value="auto_belay">Auto belay</option>
      </select>
      {state.error && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending}>Add draft</button>
    </form>
  );
}
