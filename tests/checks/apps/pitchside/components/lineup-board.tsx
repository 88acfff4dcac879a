"use client";

import { useState } from "react";
import { saveLineup } from "@/app/actions/lineup";

type P = { id: string; firstName: string; lastName: string; jerseyNumber: number | null };
const SLOTS = ["GK", "LB", "CB", "RB", "LM", "CM", "RM", "ST"];

export function LineupBoard({ teamId, players }: { teamId: string; players: P[] }) {
  const [matchId, setMatchId] = useState("");
  const [picks, setPicks] = useState<Record<string, string>>({});
  return (
    <section className="mt-8">
      <input value={matchId} onChange={(e) => setMatchId(e.target.value)} placeholder="Match id" className="input" />
      {SLOTS.map((slot) => (
        <select key={slot} value={picks[slot] ?? ""} onChange={(e) => setPicks({ ...picks, [slot]: e.target.value })}>
          <option value="">{slot}</option>
          {players.map((p) => (
            <option key={p.id} value={p.id}>
              {p.firstName} {p.lastName}
            </option>
          ))}
        </select>
      ))}
      <button
        className="btn"
        onClick={() => saveLineup({ matchId, teamId, positions: Object.entries(picks).map(([slot, playerId]) => ({ slot, playerId })) })}
      >
        Save lineup
      </button>
    </section>
  );
}
