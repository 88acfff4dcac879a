"use client";

import { returnToStore, handOffSample } from "@/app/custody/actions";

export function CustodyActions({ sampleId }: { sampleId: string }) {
  return (
    <div>
      <form action={handOffSample}>
        <input type="hidden" name="sampleId" value={sampleId} />
        <input name="toUser" placeholder="Colleague id" />
        <button>Hand off</button>
      </form>
      <form action={returnToStore}>
        <input type="hidden" name="sampleId" value={sampleId} />
        <button>Return to store</button>
      </form>
    </div>
  );
}
