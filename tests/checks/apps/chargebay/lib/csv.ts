import Papa from "papaparse";

export function parseCsv(text: string) {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  if (result.errors.length) throw new Error(`CSV parse error on row ${result.errors[0].row}`);
  return result.data;
}

export function toCsv(rows: Record<string, unknown>[]) {
  return Papa.unparse(rows);
}
