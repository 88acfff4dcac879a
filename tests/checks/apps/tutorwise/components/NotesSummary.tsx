"use client";

import { useServerAction } from "zsa-react";
import { summarizeLessonNotes } from "@/app/(dashboard)/notes/actions";

export function NotesSummary({ lessonId }: { lessonId: string }) {
  const { execute, data, isPending } = useServerAction(summarizeLessonNotes);
  return (
    <section>
      <button disabled={isPending} onClick={() => execute({ lessonId })}>Summarize for parents</button>
      {data?.summary && <pre>{data.summary}</pre>}
    </section>
  );
}
