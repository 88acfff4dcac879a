import Database from "better-sqlite3";

const cache = new Database(process.env.FX_CACHE_PATH ?? "fx-cache.db");

export function cachedRate(currency: string) {
  // ruleid: sql-injection
  return cache.prepare(`SELECT rate FROM fx_rates WHERE currency = '${currency}'`).get() as { rate: number } | undefined;
}

export function cachedRates(currencies: string[]) {
  const marks = currencies.map(() => "?").join(", ");
  // ok: sql-injection -- only "?" placeholders are interpolated, values go in as parameters
  return cache.prepare(`SELECT currency, rate FROM fx_rates WHERE currency IN (${marks})`).all(...currencies);
}

export function storeRate(currency: string, rate: number) {
  // ok: sql-injection
  cache.prepare("INSERT OR REPLACE INTO fx_rates (currency, rate) VALUES (?, ?)").run(currency, rate);
}
