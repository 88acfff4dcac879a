import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Wristband } from "@/models/Wristband";
import { wristbandBalance } from "@/app/actions/wristbands";
import { TopUpForm } from "@/components/TopUpForm";
import { PinPad } from "@/components/PinPad";

export default async function WristbandPage() {
  const balance = await wristbandBalance();

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function freezeBand(formData: FormData) {
    "use server";
    const { userId } = await auth();
    const id = z.string().regex(/^[a-f0-9]{24}$/).parse(formData.get("wristbandId"));
    await connectMongo();
    await Wristband.updateOne({ _id: id, holderUserId: userId }, { $set: { frozen: true } });
  }

  return (
    <main>
      <p>Balance: £{(balance.balanceCents / 100).toFixed(2)}</p>
      <TopUpForm />
      <PinPad />
      <form action={freezeBand}>
        <input name="wristbandId" />
        <button>Freeze my wristband</button>
      </form>
    </main>
  );
}
