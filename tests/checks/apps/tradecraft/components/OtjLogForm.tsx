"use client";

import { useTransition } from "react";
import { logOffTheJobHours } from "@/app/(staff)/otj/actions";

export function OtjLogForm({ apprenticeId }: { apprenticeId: string }) {
  const [pending, start] = useTransition();
  // Client-side convenience only; the server action re-validates.
  // ok: timing-unsafe-comparison
  const secretPreview = (token: string, expected: string) => token === expected;
  return (
    <form action={(fd) => start(() => void logOffTheJobHours(fd))}>
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input name="minutes" type="number" min={15} max={600} />
      <input name="activity" />
      <button disabled={pending} data-preview={String(secretPreview("a", "b"))}>Log hours</button>
    </form>
  );
}
