"use client";

import { useAction } from "next-safe-action/hooks";
import { suspendBuyer } from "@/app/actions/admin";

type Buyer = { id: string; name: string | null; email: string; creditLimit: string; suspended: boolean };

export function BuyerRow({ buyer, setBalance }: { buyer: Buyer; setBalance: (fd: FormData) => Promise<void> }) {
  const suspend = useAction(suspendBuyer);
  return (
    <tr>
      <td>{buyer.name}</td>
      <td>{buyer.email}</td>
      <td>{buyer.creditLimit}</td>
      <td>
        <button onClick={() => suspend.execute({ userId: buyer.id, suspended: !buyer.suspended })}>{buyer.suspended ? "Reinstate" : "Suspend"}</button>
      </td>
      <td>
        <form action={setBalance}>
          <input type="hidden" name="userId" value={buyer.id} />
          <input name="balance" size={8} />
          <button>Set balance</button>
        </form>
      </td>
    </tr>
  );
}
