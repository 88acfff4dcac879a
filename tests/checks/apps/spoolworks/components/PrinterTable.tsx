"use client";

import { useServerAction } from "zsa-react";
import { updatePrinter, deletePrinter } from "@/app/shop/[shopId]/printers/actions";

type Printer = { id: string; name: string; model: string; status: string };

export function PrinterTable({ printers }: { printers: Printer[] }) {
  const update = useServerAction(updatePrinter);
  const remove = useServerAction(deletePrinter);
  return (
    <table>
      <tbody>
        {printers.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.model}</td>
            <td>
              <button onClick={() => update.execute({ id: p.id, name: p.name, status: p.status === "maintenance" ? "idle" : "maintenance" })}>Toggle maintenance</button>
              <button onClick={() => remove.execute({ id: p.id })}>Remove</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
