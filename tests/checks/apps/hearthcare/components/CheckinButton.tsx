"use client";

import { useState } from "react";
import { checkIn } from "@/app/caregiver/actions";

// Client component: never analysed as server code.
export function CheckinButton({ shiftId, token }: { shiftId: string; token: string }) {
  const [state, setState] = useState<"idle" | "busy" | "done" | "error">("idle");
  const expectedToken = typeof window !== "undefined" ? window.localStorage.getItem("hc_token") : null;

  async function onClick() {
    // ok: timing-unsafe-comparison
    if (expectedToken !== token) return setState("error");
    setState("busy");
    navigator.geolocation.getCurrentPosition(async (pos) => {
      const res = await checkIn({ shiftId, lat: pos.coords.latitude, lng: pos.coords.longitude });
      setState("error" in res ? "error" : "done");
    });
  }

  return <button onClick={onClick} disabled={state === "busy"}>{state === "done" ? "Checked in" : "Check in"}</button>;
}
