"use client";

import { useState } from "react";

type Value = { code?: string | null; label?: string | null; value?: string | null; unit?: string | null; flag?: string | null };

export function LabResultCard({ panel, values, comment }: { panel: string; values: Value[]; comment?: string }) {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const shown = onlyFlagged ? values.filter((v) => v.flag) : values;
  return (
    <article>
      <h1>{panel}</h1>
      <label>
        <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} /> Only out-of-range
      </label>
      <table>
        <tbody>
          {shown.map((v) => (
            <tr key={v.code ?? v.label}>
              <td>{v.label}</td>
              <td>{v.value} {v.unit}</td>
              <td>{v.flag}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comment && <p>Lab comment: {comment}</p>}
    </article>
  );
}
