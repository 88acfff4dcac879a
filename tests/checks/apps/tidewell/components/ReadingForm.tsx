"use client";

import { useAction } from "next-safe-action/hooks";
import { submitReading } from "@/app/actions/readings";

export function ReadingForm({ arrayId, expectedPin }: { arrayId: string; expectedPin: string }) {
  const { execute, result, isPending } = useAction(submitReading);
  function onSubmit(fd: FormData) {
    const pin = String(fd.get("pin") ?? "");
    // ok: timing-unsafe-comparison
    if (pin !== expectedPin) return;
    execute({ arrayId, kwh: Number(fd.get("kwh")), readAt: new Date() });
  }
  return (
    <form action={onSubmit}>
      <input name="kwh" type="number" step="0.1" />
      <input name="pin" />
      <button disabled={isPending}>Submit reading</button>
      {result.serverError ? <p>{result.serverError}</p> : null}
    </form>
  );
}
