import { verifySession } from "@/lib/dal";
import { freeSlots } from "@/app/actions/coldstore";
import { SlotPicker } from "@/components/SlotPicker";

export default async function ColdStorePage() {
  // ok: floating-auth-check
  await verifySession();
  const slots = await freeSlots();
  return (
    <div>
      <h1>Cold store</h1>
      <SlotPicker slots={slots.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }))} />
    </div>
  );
}
