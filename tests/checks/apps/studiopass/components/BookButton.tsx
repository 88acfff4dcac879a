"use client";

import { useAction } from "next-safe-action/hooks";
import { bookClass } from "@/app/(member)/bookings/actions";

export function BookButton({ classId, memberId }: { classId: string; memberId: string }) {
  const { execute, result, isPending } = useAction(bookClass);
  return (
    <div>
      <button disabled={isPending} onClick={() => execute({ classId, memberId })}>
        {isPending ? "Booking…" : "Book"}
      </button>
      {result.data?.waitlisted ? <p>You are #{result.data.position} on the waitlist.</p> : null}
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
    </div>
  );
}
