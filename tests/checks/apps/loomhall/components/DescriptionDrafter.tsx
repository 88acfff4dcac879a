"use client";

import { useAction } from "next-safe-action/hooks";
import { draftProductDescription } from "@/app/ai/actions";

export function DescriptionDrafter({ onDraft }: { onDraft: (text: string) => void }) {
  const { execute, isPending, result } = useAction(draftProductDescription, {
    onSuccess: ({ data }) => data?.text && onDraft(data.text),
  });
  return (
    <form action={(fd) => execute({ title: String(fd.get("title")), materials: String(fd.get("materials")) })}>
      <input name="title" placeholder="Stoneware mug" />
      <input name="materials" placeholder="stoneware, celadon glaze" />
      <button disabled={isPending}>Draft with AI</button>
      {result.serverError && <p role="alert">{result.serverError}</p>}
    </form>
  );
}
