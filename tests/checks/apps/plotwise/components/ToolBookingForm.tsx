"use client";

import { useAction } from "next-safe-action/hooks";
import { bookTool } from "@/app/actions/tools";

export function ToolBookingForm({ toolId }: { toolId: string }) {
  const { execute, result, isExecuting } = useAction(bookTool);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ toolId, startsAt: new Date(String(fd.get("startsAt"))), endsAt: new Date(String(fd.get("endsAt"))) });
      }}
    >
      <input name="startsAt" type="datetime-local" required />
      <input name="endsAt" type="datetime-local" required />
      {result.serverError && <p role="alert">{result.serverError}</p>}
      {result.data && <p>Booked!</p>}
      <button disabled={isExecuting}>Book</button>
    </form>
  );
}
