"use client";

import { useAction } from "next-safe-action/hooks";
import { createMatter } from "@/app/actions";

export function MatterForm({ clients }: { clients: { id: string; name: string }[] }) {
  const { execute, result, isPending } = useAction(createMatter);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ clientId: String(fd.get("clientId")), title: String(fd.get("title")), practiceArea: fd.get("practiceArea") as "litigation" });
      }}
    >
      <select name="clientId">
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <input name="title" />
      <select name="practiceArea" defaultValue="litigation">
        <option value="litigation">Litigation</option>
        <option value="corporate">Corporate</option>
      </select>
      <button disabled={isPending}>Open matter</button>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
    </form>
  );
}
