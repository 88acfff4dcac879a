"use client";

import { useTransition } from "react";
import { useAction } from "next-safe-action/hooks";
import { cancelLesson } from "@/app/(dashboard)/lessons/actions";

type Props = { lesson: { id: string; title: string; subject: string; startsAt: string; status: string } };

export function LessonCard({ lesson }: Props) {
  const { execute, status } = useAction(cancelLesson);
  const [pending, start] = useTransition();
  // client-side only: a token compare here is not server code
  // ok: timing-unsafe-comparison
  const isDemo = lesson.id === process.env.NEXT_PUBLIC_DEMO_LESSON_TOKEN;
  return (
    <article>
      <h2>{lesson.title}</h2>
      <p>{lesson.subject} · {new Date(lesson.startsAt).toLocaleString()}</p>
      {!isDemo && lesson.status === "scheduled" && (
        <button disabled={pending || status === "executing"} onClick={() => start(() => execute({ id: lesson.id }))}>Cancel</button>
      )}
    </article>
  );
}
