import { stagingDb, READS_TABLE } from "@/lib/db/sqlite";

export type ChipRead = { chip: string; raceId: string; mat: string; ts: number };

export function stageReads(reads: ChipRead[]) {
  // ok: sql-injection
  const insert = stagingDb.prepare(`INSERT INTO ${READS_TABLE} (chip, race_id, mat, ts) VALUES (?, ?, ?, ?)`);
  const tx = stagingDb.transaction((rows: ChipRead[]) => rows.forEach((r) => insert.run(r.chip, r.raceId, r.mat, r.ts)));
  tx(reads);
}

export function readsForChip(raceId: string, chip: string) {
  // ruleid: sql-injection
  return stagingDb.prepare(`SELECT chip, mat, ts FROM ${READS_TABLE} WHERE race_id = ? AND chip = '${chip}' ORDER BY ts`).all(raceId);
}

export function readsForRace(raceId: string) {
  // ok: sql-injection
  return stagingDb.prepare(`SELECT chip, mat, ts FROM ${READS_TABLE} WHERE race_id = ? ORDER BY ts`).all(raceId) as ChipRead[];
}

export function parseChipCsv(csv: string, raceId: string): ChipRead[] {
  return csv
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [chip, mat, ts] = line.split(",");
      return { chip: chip.trim(), raceId, mat: mat.trim(), ts: Number(ts) };
    });
}
