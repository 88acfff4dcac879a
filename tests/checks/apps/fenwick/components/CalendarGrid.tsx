"use client";

import { useTransition } from "react";
import { markNoShow, sendReminderNow, moveAppointment } from "@/app/actions/calendar";

type Row = { id: string; startsAt: string; status: string };

export function CalendarGrid({ day, rows }: { day: string; rows: Row[] }) {
  const [pending, start] = useTransition();
  return (
    <table data-day={day}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{new Date(r.startsAt).toLocaleTimeString("en-GB")}</td>
            <td>{r.status}</td>
            <td>
              <button disabled={pending} onClick={() => start(() => markNoShow(r.id))}>No-show</button>
              <button disabled={pending} onClick={() => start(async () => { await sendReminderNow(r.id); })}>Remind</button>
              <button
                disabled={pending}
                onClick={() => {
                  const t = prompt("New start (YYYY-MM-DDTHH:mm)", r.startsAt.slice(0, 16));
                  if (t) start(() => moveAppointment(r.id, t));
                }}
              >
                Move
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
