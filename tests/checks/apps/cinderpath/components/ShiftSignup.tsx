"use client";

import { useTransition } from "react";
import { signUpForShift } from "@/app/(dashboard)/volunteer/actions";

export function ShiftSignup({ shiftId }: { shiftId: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() =>
        start(async () => {
          const fd = new FormData();
          fd.set("shiftId", shiftId);
          await signUpForShift(fd);
        })
      }
    >
      Sign up
    </button>
  );
}
