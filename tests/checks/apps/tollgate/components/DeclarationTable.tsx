"use client";

import { useTransition } from "react";
import { deleteDeclaration } from "@/app/actions/declarations";

type Row = { id: string; reference: string; status: string };

export function DeclarationTable({ rows, token, csrfToken }: { rows: Row[]; token: string; csrfToken: string }) {
  const [pending, start] = useTransition();
  // ok: timing-unsafe-comparison
  const valid = token === csrfToken;
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.reference}</td><td>{r.status}</td>
            <td><button disabled={pending || !valid} onClick={() => start(() => deleteDeclaration(r.id))}>Delete</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
